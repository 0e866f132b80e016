// The routes of the working area and the account pages: never kept by any cache and never
// indexed (next.config.ts sets X-Robots-Tag on their localized addresses; src/http/proxy.ts
// marks their answers private, no-store).
// Relative, not "@/…": next.config.ts imports this file, and its loader knows no path aliases.
import { locales } from "../domain/locale";
import { routing } from "./routing";

export const privateRoutes = ["/editorial", "/sign-in", "/forgot-password", "/set-password/[token]"] as const;

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
