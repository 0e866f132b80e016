// What happens to a page request before the page renders (src/proxy.ts wires it to the app;
// the API has the same gate in its route handlers, ./api-route.ts). In order:
// 1. a search page spends the client's rate budget: over it, 429 (./gate.ts);
// 2. while the database does not answer, 503 (./gate.ts);
// 3. pages get a Content-Security-Policy with a fresh nonce and their localized route
//    (next-intl); a record that does not exist goes to the server-rendered 404 page, because
//    notFound() thrown while a page renders sends an empty shell that only JavaScript fills;
// 4. every answer gets its security and cache headers.
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { isLocale, locales } from "@/domain/locale";
import { isSessionCookie } from "@/domain/session-cookie";
import { isPrivateRoute } from "@/i18n/private-routes";
import { routing } from "@/i18n/routing";
import type { PublishedSlugs, RecordKind } from "@/queries/published-slugs";
import type { Budgets, Gate } from "./gate";
import { newNonce, pagePolicy, transportSecurity } from "./security-headers";

export type ProxyDependencies = {
  /** Steps 1 and 2 above: the rate budget and the database's health. */
  gate: Gate;
  /** The published slugs, as the reader's pages will read them (src/catalogue.ts: a signed-in reader reads the primary). */
  publishedSlugs(signedIn: boolean): Promise<PublishedSlugs>;
  development: boolean;
  publicUrl: string | undefined;
  /** Whether the benchmark's minimal page is served (PALASET_BENCH_PAGE); off, its address is an unknown one. */
  benchPage?: boolean;
};

/** Where next-intl tells the server functions the request's locale. */
const localeHeader = "X-NEXT-INTL-LOCALE";

/** The benchmark's minimal page (src/app/bench/minimal/page.tsx): a page outside the locales. */
export const benchPagePath = "/bench/minimal";

/** An address no route matches: Next renders it with the root not-found page, on the server. */
export const missingRecordPath = "/_missing";

const catalogueListings = new Set(locales.map((locale) => `/${locale}${routing.pathnames["/models"][locale]}`));
const recordRoute = /^\/(fi|sv|en)\/(models|themes|collections)\/([^/]+)$/;

/** A page that searches spends the search budget: the catalogue, and any page asked with `q`. */
const budgetFor = (url: URL): Budgets | null => (catalogueListings.has(url.pathname) || url.searchParams.has("q") ? "search" : null);

/** The record an internal route (/fi/models/x, where /fi/mallit/x goes) shows, if any. */
function recordOf(rewrite: string | null, base: string): { locale: string; kind: RecordKind; slug: string } | null {
  if (!rewrite) return null;
  const [, locale, kind, slug] = recordRoute.exec(new URL(rewrite, base).pathname) ?? [];
  if (!locale || !kind || !slug) return null;
  try {
    return { locale, kind: kind as RecordKind, slug: decodeURIComponent(slug) };
  } catch {
    return null; // a malformed escape: no record has such a slug
  }
}

/** Someone signed in (or signing in) sees pages no cache may keep. */
const hasSession = (request: NextRequest) => request.cookies.getAll().some(({ name }) => isSessionCookie(name));

export function createProxy(dependencies: ProxyDependencies) {
  const { gate, publishedSlugs, development, publicUrl, benchPage = false } = dependencies;
  const localize = createMiddleware(routing);
  const hsts = transportSecurity(publicUrl);

  return async function proxy(request: NextRequest): Promise<NextResponse> {
    const url = request.nextUrl;
    const policy = pagePolicy(newNonce(), { development });
    const finish = (response: NextResponse, internalPathname = url.pathname) => {
      response.headers.set("Content-Security-Policy", policy);
      if (hsts) response.headers.set("Strict-Transport-Security", hsts);
      // Pages carry a nonce of their own, so no shared cache may keep one ("private"), and a
      // browser asks again before showing a kept copy ("no-cache"), which still lets it use
      // the back/forward cache. The working area, the account pages and the pages of a
      // signed-in person are not kept at all.
      if (!response.headers.has("Cache-Control")) {
        const keepNothing = hasSession(request) || isPrivateRoute(internalPathname);
        response.headers.set("Cache-Control", keepNothing ? "private, no-store" : "private, no-cache");
      }
      return response;
    };

    const refused = await gate(request, budgetFor(url));
    if (refused) return finish(refused);

    // Next reads the nonce from the request's policy and puts it on its scripts.
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy);
    if (benchPage && url.pathname === benchPagePath) return finish(NextResponse.next({ request: { headers } }));
    const response = localize(new NextRequest(request, { headers }));
    // The internal route: rewritten from a localized address, or the address itself (English).
    const internal = response.headers.get("x-middleware-rewrite") ?? (response.headers.has("x-middleware-next") ? request.url : null);
    const internalPathname = internal ? new URL(internal, request.url).pathname : url.pathname;
    const record = recordOf(internal, request.url);
    const published = record && isLocale(record.locale) ? await publishedSlugs(hasSession(request)) : null;
    const movedTo = record?.kind === "models" ? published?.movedModels[record.slug] : undefined;
    if (record && movedTo && isLocale(record.locale)) {
      // A model whose slug changed: its old address, in every language, moves to the new one.
      const target = `/${record.locale}${routing.pathnames["/models/[slug]"][record.locale].replace("[slug]", encodeURIComponent(movedTo))}`;
      return finish(NextResponse.redirect(new URL(`${target}${url.search}`, request.url), 301));
    }
    if (record && published && !published[record.kind].includes(record.slug)) {
      headers.set(localeHeader, record.locale); // the 404 page speaks the reader's language
      const missing = NextResponse.rewrite(new URL(`/${record.locale}${missingRecordPath}`, request.url), { request: { headers } });
      return finish(missing);
    }
    return finish(response, internalPathname);
  };
}
