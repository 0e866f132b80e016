// Theme articles with the models they link to and their reading list.
import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { pickTranslation, type Locale } from "@/domain/locale";
import { renderMarkdown } from "@/domain/markdown";
import { listModelCards } from "./models";

export type ThemeArticleSummary = { slug: string; locale: Locale; title: string; lead: string };

export async function listThemeArticles(locale: Locale): Promise<ThemeArticleSummary[]> {
  const rows = await getDb().themeArticle.findMany({
    where: { state: "PUBLISHED" },
    include: { translations: true },
    orderBy: { slug: "asc" },
  });
  return rows.flatMap((row) => {
    const text = pickTranslation(row.translations, locale);
    return text ? [{ slug: row.slug, locale: text.locale, title: text.title, lead: text.lead }] : [];
  });
}

// cache(): generateMetadata and the page share one query per request.
export const getThemeArticlePage = cache(async (locale: Locale, slug: string) => {
  const row = await getDb().themeArticle.findFirst({
    where: { slug, state: "PUBLISHED" },
    include: {
      translations: true,
      theme: { select: { key: true } },
      references: { orderBy: { position: "asc" } },
      models: { orderBy: { position: "asc" }, select: { model: { select: { slug: true } } } },
    },
  });
  const text = row && pickTranslation(row.translations, locale);
  if (!row || !text) return null;
  const order = row.models.map(({ model }) => model.slug);
  const cards = await listModelCards(locale, { slugs: order });
  const linked = cards.sort((a, b) => order.indexOf(a.slug) - order.indexOf(b.slug));
  return {
    slug: row.slug,
    locale: text.locale,
    title: text.title,
    lead: text.lead,
    html: renderMarkdown(text.body),
    themeKey: row.theme?.key ?? null,
    models: linked,
    references: row.references,
  };
});
