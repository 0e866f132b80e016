// What `npm run links:check` prints: one line for each link that is not simply ok, saying what
// happened and where the link is used, so an editor can find it; then a count of each outcome.
import type { LinkCheckResult, LinkOutcome } from "./check";
import type { LinkUse } from "./targets";

const outcomes: LinkOutcome[] = ["ok", "redirected", "broken", "refused", "timeout", "error"];

/** "broken 404 https://example.org/report.pdf (EvaluationDocument.url of model green-care)" */
export function findingLine(result: LinkCheckResult, uses: readonly LinkUse[]): string {
  const status = result.httpStatus === undefined ? "" : ` ${result.httpStatus}`;
  const led = result.finalUrl === undefined ? "" : ` -> ${result.finalUrl}`;
  const error = result.error === undefined ? "" : `: ${result.error}`;
  const where = uses.map(({ field, owner }) => `${field} of ${owner.kind} ${owner.kind === "organisation" ? owner.key : owner.slug}`);
  return `${result.outcome}${status} ${result.url}${led}${error} (${where.join("; ")})`;
}

/** "checked 12 links: 9 ok, 1 redirected, 2 broken, 0 refused, 0 timeout, 0 error" */
export function summaryLine(results: readonly LinkCheckResult[]): string {
  const counts = outcomes.map((outcome) => `${results.filter((r) => r.outcome === outcome).length} ${outcome}`);
  return `checked ${results.length} links: ${counts.join(", ")}`;
}
