// The routes of the working area, the account pages and preview links to drafts: never kept by any cache, never
// indexed and never crawled (next.config.ts sets X-Robots-Tag on their localized addresses,
// src/http/proxy.ts marks their answers private, no-store, and robots.txt disallows them).
// Relative, not "@/…": next.config.ts imports this file, and its loader knows no path aliases.
import { locales } from "../domain/locale";
import { routing } from "./routing";

export const privateRoutes = ["/editorial", "/sign-in", "/forgot-password", "/set-password/[token]", "/preview/[token]"] as const;

/** Every localized address of those routes, in next.config.ts's pattern syntax ([token] as :token). */
export const privateAddressPatterns = locales.flatMap((locale) =>
  privateRoutes.flatMap((pathname) => {
    const localized = `/${locale}${routing.pathnames[pathname][locale].replace(/\[(\w+)\]/g, ":$1")}`;
    return [localized, `${localized}/:path*`];
  }),
);

/** Whether an internal route (/fi/editorial/people, what /fi/toimitus/ihmiset goes to) is one of them. */
export function isPrivateRoute(internalPathname: string): boolean {
  const route = internalPathname.replace(/^\/(fi|sv|en)(?=\/|$)/, "");
  return privateRoutes.some((prefix) => {
    const base = prefix.replace("/[token]", "");
    return route === base || route.startsWith(`${base}/`);
  });
}

/** Address prefixes for robots.txt: /fi/toimitus also covers /fi/toimitus/loki, /fi/aseta-salasana/ every token. */
export function privatePathPrefixes(): string[] {
  const prefixes = locales.flatMap((locale) =>
    privateRoutes.map((pathname) => {
      const path = `/${locale}${routing.pathnames[pathname][locale]}`;
      const dynamic = path.indexOf("[");
      return dynamic === -1 ? path : path.slice(0, dynamic);
    }),
  );
  return [...new Set(prefixes)];
}
