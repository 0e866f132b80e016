// sitemap.xml: every public page in fi, sv and en, each with its alternates in the other
// languages: home, the catalogue, the site pages, and every published model, theme article
// and collection. A model without a translation is still listed in every language: its page
// there shows the Finnish text, marked as such.
import type { MetadataRoute } from "next";
import { catalogue } from "@/catalogue";
import { defaultLocale, locales } from "@/domain/locale";
import { localizedUrl } from "@/i18n/metadata";
import type { Href } from "@/i18n/navigation";

// The catalogue is in the database, which the build does not see; and it changes.
export const dynamic = "force-dynamic";

type Page = { href: Href; updatedAt?: Date };

/** One entry per language, each naming all languages (and x-default) as alternates. */
function entries({ href, updatedAt }: Page): MetadataRoute.Sitemap {
  const languages = Object.fromEntries([...locales.map((l) => [l, localizedUrl(href, l)]), ["x-default", localizedUrl(href, defaultLocale)]]);
  return locales.map((locale) => ({ url: localizedUrl(href, locale), lastModified: updatedAt, alternates: { languages } }));
}

function newest(dates: Date[]): Date | undefined {
  return dates.reduce<Date | undefined>((latest, date) => (latest && latest > date ? latest : date), undefined);
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const records = await catalogue().listPublicRecords();
  const catalogueUpdated = newest(records.models.map((m) => m.updatedAt));
  const pages: Page[] = [
    { href: "/", updatedAt: catalogueUpdated },
    { href: "/models", updatedAt: catalogueUpdated },
    ...records.sitePages.map(({ key, updatedAt }) => ({ href: `/${key}` as const, updatedAt })),
    ...records.models.map(({ slug, updatedAt }) => ({ href: { pathname: "/models/[slug]", params: { slug } } as const, updatedAt })),
    ...records.themeArticles.map(({ slug, updatedAt }) => ({ href: { pathname: "/themes/[slug]", params: { slug } } as const, updatedAt })),
    ...records.collections.map(({ slug, updatedAt }) => ({ href: { pathname: "/collections/[slug]", params: { slug } } as const, updatedAt })),
  ];
  return pages.flatMap(entries);
}
