// Page metadata for generateMetadata: title, description, the canonical address and the
// hreflang alternates in every language.
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

/** A record's page: nothing when the record is not there (the page itself answers 404). */
export function pageMetadata(page: { title: string; description: string } | null, href: Href, locale: Locale): Metadata {
  return page ? { title: page.title, description: page.description, alternates: alternatesFor(href, locale) } : {};
}
