// Checks external links the way a reader's browser would meet them, and reports what it found
// for each: answered (ok), answered after redirects, broken (4xx/5xx), refused (not http(s),
// or an address inside a private network: ./addresses.ts), timed out, or failed otherwise.
// HEAD first, GET when a server refuses HEAD; redirects are followed by hand, each hop tested
// like the link itself. No database here: targets.ts reads the links and records the findings.
import { errors, request, type Agent } from "undici";
import { LinkRefusedError, publicAddresses, resolveWithSystem, type Resolve } from "./addresses";
import { allowedHostKey, hostKey } from "./allowed-hosts";
import { guardedAgent, type AddressPolicy } from "./dispatcher";
import { requestLimiter, type RequestLimiter } from "./politeness";

export type LinkOutcome = "ok" | "redirected" | "broken" | "refused" | "timeout" | "error";
export type Redirect = { status: number; location: string };

export type LinkCheckResult = {
  url: string;
  outcome: LinkOutcome;
  httpStatus?: number;
  /** Where the link led, when it redirected. */
  finalUrl?: string;
  redirects: Redirect[];
  error?: string;
  checkedAt: Date;
};

export type CheckOptions = {
  /** Hosts requested even on a private address, as host:port (PALASET_LINK_CHECK_ALLOW_HOSTS). */
  allowHosts?: readonly string[];
  /** How long one request may take, in ms. */
  timeoutMs?: number;
  /** The address the User-Agent gives server operators (PALASET_PUBLIC_URL). */
  contactUrl?: string;
  resolve?: Resolve;
};

export const maxRedirects = 5;
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
/** Answers to HEAD from servers that may well answer GET. */
const headRefusals = new Set([403, 405, 501]);

class LinkTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`no answer in ${timeoutMs} ms`);
    this.name = "LinkTimeoutError";
  }
}

type Checker = {
  policy: AddressPolicy;
  dispatcher: Agent;
  limit: RequestLimiter;
  timeoutMs: number;
  headers: Record<string, string>;
};

type Answer = { status: number; location: string | undefined };

/** Checks each distinct address once, politely (./politeness.ts); one result each, in the order given. */
export async function checkLinks(urls: readonly string[], options: CheckOptions = {}): Promise<LinkCheckResult[]> {
  const policy = { allowedHosts: allowances(options.allowHosts ?? []), resolve: options.resolve ?? resolveWithSystem };
  const timeoutMs = options.timeoutMs ?? 10_000;
  const checker: Checker = {
    policy,
    dispatcher: guardedAgent(policy, timeoutMs),
    limit: requestLimiter(),
    timeoutMs,
    headers: { "user-agent": `Palaset link checker (+${options.contactUrl ?? "https://palaset.fi"})` },
  };
  try {
    return await Promise.all([...new Set(urls)].map((url) => checkLink(url, checker)));
  } finally {
    await checker.dispatcher.destroy();
  }
}

function allowances(entries: readonly string[]): Set<string> {
  return new Set(
    entries.map((entry) => {
      const key = allowedHostKey(entry);
      if (key === null) throw new TypeError(`not a host:port allowance: ${entry}`);
      return key;
    }),
  );
}

async function checkLink(url: string, checker: Checker): Promise<LinkCheckResult> {
  const redirects: Redirect[] = [];
  const start = URL.parse(url)?.href ?? url;
  let current = start;
  const result = (found: Omit<LinkCheckResult, "url" | "redirects" | "checkedAt" | "finalUrl">): LinkCheckResult => ({
    url,
    ...found,
    ...(redirects.length > 0 && { finalUrl: current }),
    redirects,
    checkedAt: new Date(),
  });
  try {
    for (;;) {
      const target = await permittedUrl(current, checker.policy);
      const answer = await checker.limit(target.hostname, () => headThenGet(target, checker));
      if (!redirectStatuses.has(answer.status) || answer.location === undefined) {
        const outcome = outcomeOf(answer.status, current !== start);
        return result({ outcome, httpStatus: answer.status, ...(outcome === "error" && { error: `unexpected HTTP status ${answer.status}` }) });
      }
      if (redirects.length === maxRedirects) {
        return result({ outcome: "error", httpStatus: answer.status, error: `more than ${maxRedirects} redirects` });
      }
      current = new URL(answer.location, current).href;
      redirects.push({ status: answer.status, location: current });
    }
  } catch (error) {
    return result({ outcome: failureOf(error), error: messageOf(error) });
  }
}

/** The link as a URL, when it may be requested: http(s) to an allowed host or public addresses only. */
async function permittedUrl(link: string, policy: AddressPolicy): Promise<URL> {
  const url = URL.parse(link);
  if (url === null || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new LinkRefusedError("only http and https links are checked");
  }
  if (!policy.allowedHosts.has(hostKey(url.protocol, url.hostname, url.port))) await publicAddresses(url.hostname, policy.resolve);
  return url;
}

async function headThenGet(target: URL, checker: Checker): Promise<Answer> {
  try {
    const head = await send(target, "HEAD", checker);
    if (!headRefusals.has(head.status)) return head;
  } catch (error) {
    if (error instanceof LinkRefusedError) throw error;
  }
  return send(target, "GET", checker);
}

async function send(target: URL, method: "HEAD" | "GET", checker: Checker): Promise<Answer> {
  const timer = AbortSignal.timeout(checker.timeoutMs);
  try {
    const response = await request(target, { method, headers: checker.headers, dispatcher: checker.dispatcher, signal: timer });
    // Only the status and headers matter: the body is cancelled unread (the abort error it emits is ours).
    response.body.on("error", () => {}).destroy();
    const location = response.headers.location;
    return { status: response.statusCode, location: Array.isArray(location) ? location[0] : location };
  } catch (error) {
    const timedOut = timer.aborted || error instanceof errors.ConnectTimeoutError || error instanceof errors.HeadersTimeoutError;
    if (timedOut) throw new LinkTimeoutError(checker.timeoutMs);
    throw error;
  }
}

function outcomeOf(status: number, moved: boolean): LinkOutcome {
  if (status >= 200 && status < 300) return moved ? "redirected" : "ok";
  return status >= 400 && status < 600 ? "broken" : "error";
}

function failureOf(error: unknown): LinkOutcome {
  if (error instanceof LinkRefusedError) return "refused";
  return error instanceof LinkTimeoutError ? "timeout" : "error";
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
