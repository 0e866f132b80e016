// Type-ahead suggestions for the search box: model names and taxonomy terms that start with,
// contain or closely resemble what has been typed.
import "server-only";
import { getDb } from "@/db/client";
import { cachedByRevision } from "./catalogue-cache";
import { facetOfTaxonomyKind } from "@/db/enums";
import type { TaxonomyKind } from "@/generated/prisma/enums";
import type { Locale } from "@/domain/locale";
import type { FilterKey } from "@/domain/search-params";

type TermFacet = Extract<FilterKey, "theme" | "group" | "county">;

export type Suggestion =
  | { kind: "model"; label: string; slug: string }
  | { kind: TermFacet; label: string; value: string };

const suggestedFacets: readonly FilterKey[] = ["theme", "group", "county"];
const isSuggested = (facet: FilterKey | undefined): facet is TermFacet => facet !== undefined && suggestedFacets.includes(facet);

async function findSuggestions(locale: Locale, q: string, limit: number): Promise<Suggestion[]> {
  const db = getDb();
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // Both name conditions use the trigram index; `<%` is word similarity above the database's
  // pg_trgm.word_similarity_threshold (set by a migration).
  const [models, terms] = await Promise.all([
    db.$queryRaw<{ slug: string; name: string }[]>`
      SELECT m.slug, t.name
      FROM "ModelTranslation" t JOIN "PracticeModel" m ON m.id = t."modelId" AND m.state = 'PUBLISHED'
      WHERE t.locale = ${locale}::"Locale" AND (t.name ILIKE ${pattern} OR ${q} <% t.name)
      ORDER BY (t.name ILIKE ${`${q}%`}) DESC, word_similarity(${q}, t.name) DESC, t.name
      LIMIT ${limit}`,
    db.$queryRaw<{ kind: TaxonomyKind; key: string; label: string }[]>`
      SELECT tt.kind::text AS kind, tt.key, l.label
      FROM "TaxonomyLabel" l JOIN "TaxonomyTerm" tt ON tt.id = l."termId"
      WHERE l.locale::text = ${locale} AND tt.kind::text IN ('THEME', 'TARGET_GROUP', 'WELLBEING_SERVICES_COUNTY')
        AND (l.label ILIKE ${pattern} OR word_similarity(${q}, l.label) > 0.5)
      ORDER BY (l.label ILIKE ${`${q}%`}) DESC, word_similarity(${q}, l.label) DESC, l.label
      LIMIT ${limit}`,
  ]);
  const termSuggestions = terms.flatMap((t): Suggestion[] => {
    const kind = facetOfTaxonomyKind[t.kind];
    return isSuggested(kind) ? [{ kind, label: t.label, value: t.key }] : [];
  });
  // Terms first but at most three of them, so that model names always show.
  return [
    ...termSuggestions.slice(0, 3),
    ...models.map((m): Suggestion => ({ kind: "model", label: m.name, slug: m.slug })),
  ].slice(0, limit);
}

// Kept until the catalogue changes: people type the same beginnings.
const suggestions = cachedByRevision(findSuggestions, {
  key: (locale, q, limit) => JSON.stringify([locale, q, limit]),
  size: (list) => list.length,
  capacity: 20_000,
});

export async function suggest(locale: Locale, q: string, limit = 8): Promise<Suggestion[]> {
  return q.length < 2 ? [] : suggestions(locale, q, limit);
}
