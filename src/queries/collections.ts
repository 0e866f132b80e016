// Collections: the list on the home page and a collection's own page.
import "server-only";
import type { Db } from "@/db/client";
import { pickTranslation, type Locale } from "@/domain/locale";
import { renderMarkdown } from "@/domain/markdown";
import type { CollectionPage, CollectionSummary } from "@/domain/pages";

export async function readCollections(db: Db, locale: Locale): Promise<CollectionSummary[]> {
  const rows = await db.collection.findMany({
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

export async function readCollectionPage(db: Db, locale: Locale, slug: string): Promise<CollectionPage | null> {
  const row = await db.collection.findFirst({ where: { slug, state: "PUBLISHED" }, include: { translations: true } });
  const text = row && pickTranslation(row.translations, locale);
  if (!row || !text) return null;
  return {
    slug: row.slug,
    locale: text.locale,
    name: text.name,
    summary: text.summary,
    html: renderMarkdown(text.body),
  };
}
