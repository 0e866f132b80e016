// Theme articles with the models they link to and their reading list.
import "server-only";
import type { Db } from "@/db/client";
import { pickTranslation, type Locale } from "@/domain/locale";
import { renderMarkdown } from "@/domain/markdown";
import type { ThemeArticlePage, ThemeArticleSummary } from "@/domain/pages";
import { bibliographyInclude } from "./bibliography";
import { readModelCards } from "./models";


export async function readThemeArticles(db: Db, locale: Locale): Promise<ThemeArticleSummary[]> {
  const rows = await db.themeArticle.findMany({
    where: { state: "PUBLISHED" },
    include: { translations: true },
    orderBy: { slug: "asc" },
  });
  return rows.flatMap((row) => {
    const text = pickTranslation(row.translations, locale);
    return text ? [{ slug: row.slug, locale: text.locale, title: text.title, lead: text.lead }] : [];
  });
}

export async function readThemeArticlePage(db: Db, locale: Locale, slug: string): Promise<ThemeArticlePage | null> {
  const row = await db.themeArticle.findFirst({
    where: { slug, state: "PUBLISHED" },
    include: {
      translations: true,
      theme: { select: { key: true } },
      references: bibliographyInclude,
      models: { orderBy: { position: "asc" }, select: { model: { select: { slug: true } } } },
    },
  });
  const text = row && pickTranslation(row.translations, locale);
  if (!row || !text) return null;
  const order = row.models.map(({ model }) => model.slug);
  const cards = await readModelCards(db, locale, { slugs: order });
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
}
