// The site's own address, as readers reach it: PALASET_PUBLIC_URL, or http://HOST:PORT when it
// is unset. Every absolute address the app hands out (canonical and hreflang links, sitemap,
// feeds, JSON-LD, CSV, the printed footer, links in e-mails) starts here, never from a
// request's Host header, which a client or a misconfigured proxy can set to anything.
import { env } from "./env";

/** The origin, without a trailing slash: https://palaset.fi. */
export function siteOrigin(): string {
  return new URL(env.PALASET_PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`).origin;
}

/** An address on this site: "/fi/mallit" -> "https://palaset.fi/fi/mallit". */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteOrigin()}/`).toString();
}
