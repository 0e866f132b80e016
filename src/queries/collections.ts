// Collections: the list on the home page and a collection's own page.
import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { pickTranslation, type Locale } from "@/domain/locale";
import { renderMarkdown } from "@/domain/markdown";

export type CollectionSummary = { slug: string; locale: Locale; name: string; summary: string; modelCount: number };

export async function listCollections(locale: Locale): Promise<CollectionSummary[]> {
  const rows = await getDb().collection.findMany({
    where: { state: "PUBLISHED" },
    include: { translations: true, _count: { select: { models: { where: { state: "PUBLISHED" } } } } },
    orderBy: { slug: "asc" },
  });
  return rows.flatMap((row) => {
    const text = pickTranslation(row.translations, locale);
    return text
      ? [{ slug: row.slug, locale: text.locale, name: text.name, summary: text.summary, modelCount: row._count.models }]
      : [];
  });
}

// cache(): generateMetadata and the page share one query per request.
export const getCollectionPage = cache(async (locale: Locale, slug: string) => {
  const row = await getDb().collection.findFirst({ where: { slug, state: "PUBLISHED" }, include: { translations: true } });
  const text = row && pickTranslation(row.translations, locale);
  if (!row || !text) return null;
  return {
    slug: row.slug,
    locale: text.locale,
    name: text.name,
    summary: text.summary,
    html: renderMarkdown(text.body),
  };
});
