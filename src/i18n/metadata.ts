// Page metadata for generateMetadata: title, description, the canonical address, the hreflang
// alternates in every language, the Atom feed and the OpenGraph card. Addresses are paths here;
// the layout's metadataBase (the configured public address, src/public-url.ts) makes them absolute.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/domain/locale";
import { absoluteUrl } from "@/public-url";
import { getPathname, type Href } from "./navigation";
import { routing } from "./routing";

/** OpenGraph wants a territory with the language; Palaset is a Finnish service. */
const openGraphLocales: Record<Locale, string> = { fi: "fi_FI", sv: "sv_FI", en: "en_GB" };

/** The Atom feed of new and updated models in one language (src/app/[locale]/feed.xml). */
export function feedPath(locale: Locale): string {
  return `/${locale}/feed.xml`;
}

/** A page's full address in one language: https://palaset.fi/fi/mallit/… */
export function localizedUrl(href: Href, locale: Locale): string {
  return absoluteUrl(getPathname({ href, locale }));
}

/** The link to the feed in the head of every page, so that feed readers find it. */
export async function feedAlternate(locale: Locale): Promise<NonNullable<Metadata["alternates"]>["types"]> {
  const t = await getTranslations({ locale, namespace: "Feed" });
  return { "application/atom+xml": [{ url: feedPath(locale), title: t("title") }] };
}

export async function alternatesFor(href: Href, locale: Locale): Promise<Metadata["alternates"]> {
  const languages = Object.fromEntries(routing.locales.map((l) => [l, getPathname({ href, locale: l })]));
  return {
    canonical: getPathname({ href, locale }),
    languages: { ...languages, "x-default": getPathname({ href, locale: routing.defaultLocale }) },
    types: await feedAlternate(locale),
  };
}

/** A record's page: nothing when the record is not there (the page itself answers 404). */
export async function pageMetadata(
  page: { title: string; description: string; type?: "website" | "article" } | null,
  href: Href,
  locale: Locale,
): Promise<Metadata> {
  if (!page) return {};
  const t = await getTranslations({ locale, namespace: "Layout" });
  return {
    title: page.title,
    description: page.description,
    alternates: await alternatesFor(href, locale),
    openGraph: {
      type: page.type ?? "website",
      siteName: t("siteName"),
      title: page.title,
      description: page.description,
      url: getPathname({ href, locale }),
      locale: openGraphLocales[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => openGraphLocales[l]),
    },
  };
}
