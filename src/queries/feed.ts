// The newest changes to the catalogue for the Atom feeds: published models in the reader's
// language (Finnish when a translation is missing), the most recently updated first.
import "server-only";
import type { Db } from "@/db/client";
import { pickTranslation, type Locale } from "@/domain/locale";
import type { FeedEntry } from "@/domain/pages";
import { termInclude, termsOfKind } from "./terms";

/** A feed reader needs the recent changes, not the whole catalogue. */
export const feedLength = 50;

const earlier = (a: Date, b: Date) => (a < b ? a : b);

export async function readFeedEntries(db: Db, locale: Locale, take = feedLength): Promise<FeedEntry[]> {
  const rows = await db.practiceModel.findMany({
    where: { state: "PUBLISHED" },
    select: {
      slug: true,
      publishedAt: true,
      createdAt: true,
      updatedAt: true,
      translations: { select: { locale: true, name: true, shortDescription: true } },
      developers: { select: { organisation: { select: { name: true } } }, orderBy: { position: "asc" } },
      terms: { select: { term: { include: termInclude } } },
    },
    orderBy: [{ updatedAt: "desc" }, { slug: "asc" }],
    take,
  });
  return rows.map((row) => {
    const text = pickTranslation(row.translations, locale);
    return {
      slug: row.slug,
      locale: text?.locale ?? locale,
      name: text?.name ?? row.slug,
      shortDescription: text?.shortDescription ?? "",
      // The store stamps publishedAt a moment after the row's updatedAt; a feed entry should
      // not read as published after its last update.
      publishedAt: earlier(row.publishedAt ?? row.createdAt, row.updatedAt),
      updatedAt: row.updatedAt,
      developers: row.developers.map((d) => d.organisation.name),
      themes: termsOfKind(row.terms.map((t) => t.term), "THEME", locale),
    };
  });
}
