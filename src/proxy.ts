// Next 16 runs this before every page it routes (it calls middleware "proxy"): rate limits,
// the database health gate, the CSP nonce, localized routes and the 404 for records that do
// not exist. The logic is in src/http/proxy.ts; this file gives it the app's parts.
import { catalogueFor } from "./catalogue";
import { env } from "./env";
import { appGate } from "./http/app-gate";
import { createProxy } from "./http/proxy";

export default createProxy({
  gate: appGate(),
  publishedSlugs: (signedIn) => catalogueFor(signedIn).publishedSlugs(),
  development: env.NODE_ENV === "development",
  publicUrl: env.PALASET_PUBLIC_URL,
  benchPage: env.PALASET_BENCH_PAGE,
});

export const config = {
  // Pages: not Next's own files, addresses with a dot (robots.txt, icons, feeds, uploaded
  // documents), nor the API, whose route handlers pass the same gate themselves
  // (src/http/api-route.ts) without the proxy's cost, and whose uploads the proxy would cut at
  // 10 MB (an evaluation report may be 20 MB).
  matcher: "/((?!_next|_vercel|api/|.*\\..*).*)",
};
