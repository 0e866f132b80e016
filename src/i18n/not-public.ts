// The pages that are not the catalogue (sign-in, password links, the working area) in every
// language's form, for robots.txt to keep crawlers out of.
import { routing, type AppPathname } from "./routing";

const notPublic = ["/editorial", "/sign-in", "/forgot-password", "/set-password/[token]"] satisfies AppPathname[];

/** "/fi/aseta-salasana/[token]" -> "/fi/aseta-salasana/": a prefix that covers every token. */
function prefixOf(path: string): string {
  const dynamic = path.indexOf("[");
  return dynamic === -1 ? path : path.slice(0, dynamic);
}

/** Path prefixes: /fi/toimitus also covers /fi/toimitus/loki. */
export function notPublicPathPrefixes(): string[] {
  const prefixes = notPublic.flatMap((pathname) =>
    routing.locales.map((locale) => {
      const path = routing.pathnames[pathname];
      return prefixOf(`/${locale}${typeof path === "string" ? path : path[locale]}`);
    }),
  );
  return [...new Set(prefixes)];
}
