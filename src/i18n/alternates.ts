// hreflang alternates and the canonical address of a page, for generateMetadata.
import type { Metadata } from "next";
import type { Locale } from "@/domain/locale";
import { getPathname, type Href } from "./navigation";
import { routing } from "./routing";

export function alternatesFor(href: Href, locale: Locale): Metadata["alternates"] {
  const languages = Object.fromEntries(routing.locales.map((l) => [l, getPathname({ href, locale: l })]));
  return {
    canonical: getPathname({ href, locale }),
    languages: { ...languages, "x-default": getPathname({ href, locale: routing.defaultLocale }) },
  };
}
