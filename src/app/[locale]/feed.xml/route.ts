// GET /fi/feed.xml, /sv/feed.xml, /en/feed.xml: an Atom feed of new and updated models in one
// language, linked from the head of every page. Outside the locale middleware (its matcher
// skips paths with a dot), so the locale is checked here.
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { catalogue } from "@/catalogue";
import { atomXml } from "@/feeds/atom";
import { feedPath, localizedUrl } from "@/i18n/metadata";
import { routing } from "@/i18n/routing";
import { absoluteUrl } from "@/public-url";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  const [entries, t, layout] = await Promise.all([
    catalogue().listFeedEntries(locale),
    getTranslations({ locale, namespace: "Feed" }),
    getTranslations({ locale, namespace: "Layout" }),
  ]);
  const xml = atomXml({
    selfUrl: absoluteUrl(feedPath(locale)),
    homeUrl: localizedUrl("/models", locale),
    title: t("title"),
    subtitle: t("subtitle"),
    author: layout("siteName"),
    iconUrl: absoluteUrl("/icon.svg"),
    entries: entries.map((entry) => ({
      url: localizedUrl({ pathname: "/models/[slug]", params: { slug: entry.slug } }, locale),
      title: entry.name,
      summary: entry.shortDescription,
      published: entry.publishedAt,
      updated: entry.updatedAt,
      authors: entry.developers.length > 0 ? entry.developers : [layout("siteName")],
      categories: entry.themes.map((theme) => theme.key),
    })),
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
