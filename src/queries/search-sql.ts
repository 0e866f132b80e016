// SQL pieces of the catalogue search, all parameterised (Prisma.sql): the text match with its
// score and snippet, and one condition per filter. src/queries/search.ts puts them together.
import "server-only";
import type { Locale } from "@/domain/locale";
import { facetKey } from "@/domain/facet-keys";
import { filterKeys, type FilterKey, type Filters } from "@/domain/search-params";
import { Prisma } from "@/generated/prisma/client";

const configs: Record<Locale, string> = { fi: "finnish", sv: "swedish", en: "english" };

/** The query as tsqueries: `exact` (stemmed words) and `loose` (each word's stem as a prefix). */
function tsQueries(locale: Locale, q: string): Prisma.Sql {
  const config = Prisma.sql`${configs[locale]}::regconfig`;
  return Prisma.sql`(SELECT websearch_to_tsquery(${config}, ${q}) AS exact,
    (SELECT to_tsquery('simple', string_agg(quote_literal(left(lexeme, greatest(4, length(lexeme) - 2))) || ':*', ' & '))
      FROM unnest(tsvector_to_array(to_tsvector(${config}, ${q}))) AS lexeme) AS loose)`;
}

/**
 * Published models with the translation to search for each (`tid`): the reader's language,
 * else Finnish. With a query, only matches, scored: exact (stemmed) matches first, then
 * looser prefix matches (Finnish inflects words beyond what its stemmer joins:
 * "osallisuutta" / "osallisuus"), then names that are close by trigram similarity (typos).
 */
export function matchedModels(locale: Locale, q: string, scored = true): Prisma.Sql {
  const searched = Prisma.sql`
    SELECT t."modelId" AS id, t.id AS tid, t.name, t."searchHead"
    FROM "ModelTranslation" t JOIN "PracticeModel" pm ON pm.id = t."modelId" AND pm.state = 'PUBLISHED'
    WHERE t.locale = ${locale}::"Locale"
      OR (t.locale = 'fi' AND NOT EXISTS (
        SELECT 1 FROM "ModelTranslation" own WHERE own."modelId" = t."modelId" AND own.locale = ${locale}::"Locale"))`;
  if (!q) return Prisma.sql`SELECT s.id, s.tid, s.name, 0::float8 AS score FROM (${searched}) s`;
  // Ranked by the name and short description (searchHead); the sections only decide a match.
  const score = scored
    ? Prisma.sql`(2 * ts_rank(s."searchHead", query.exact) + ts_rank(s."searchHead", query.loose)
        + word_similarity(${q}, s.name))::float8`
    : Prisma.sql`0::float8`;
  // Both arms use an index: GIN on the words, trigram GIN on the names for typos (`<%` is
  // word similarity above pg_trgm.word_similarity_threshold, 0.6 by default).
  return Prisma.sql`
    WITH query AS MATERIALIZED (SELECT * FROM ${tsQueries(locale, q)} q),
    hits AS MATERIALIZED (
      SELECT t.id FROM "ModelTranslation" t WHERE t."searchVector" @@ (SELECT exact || loose FROM query)
      UNION
      SELECT t.id FROM "ModelTranslation" t WHERE ${q} <% t.name)
    SELECT s.id, s.tid, s.name, ${score} AS score
    FROM (${searched}) s JOIN hits ON hits.id = s.tid, query`;
}

/**
 * Where the query matched in each of the translations `tids`, for one page of results only
 * (ts_headline reads the whole text). Matches are marked with the control characters 2 and 3
 * (see splitSnippet), so that no text from the content is ever read as HTML.
 */
export function snippets(locale: Locale, q: string, tids: string[]): Prisma.Sql {
  const config = Prisma.sql`${configs[locale]}::regconfig`;
  return Prisma.sql`
    SELECT t.id AS tid, ts_headline(${config}, t."shortDescription" || ' … ' || t."searchText",
      CASE WHEN t."searchVector" @@ query.exact THEN query.exact ELSE query.loose END,
      format('MaxFragments=1, MaxWords=24, MinWords=10, StartSel=%s, StopSel=%s', chr(2), chr(3))) AS snippet
    FROM "ModelTranslation" t, ${tsQueries(locale, q)} query
    WHERE t.id = ANY(${tids}::uuid[])`;
}

/** The condition one filter puts on model `m`: it has one of the values (an indexed overlap). */
function condition(filter: FilterKey, values: string[]): Prisma.Sql | null {
  if (values.length === 0) return null;
  return Prisma.sql`m."facetKeys" && ${values.map((value) => facetKey(filter, value))}::text[]`;
}

/** All active filters as one condition on `m`, leaving out `except` (for its own facet counts). */
export function filterConditions(filters: Filters, except?: FilterKey): Prisma.Sql {
  const parts = filterKeys.filter((filter) => filter !== except).flatMap((filter) => condition(filter, filters[filter]) ?? []);
  return parts.length > 0 ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

/**
 * Facet counts in one pass over the matches: a model's value of filter F counts when the
 * model passes every active filter except F, so each facet shows what choosing a value of it
 * would give with the other filters kept.
 */
export function facetCounts(filters: Filters, matched: Prisma.Sql): Prisma.Sql {
  const passes = Prisma.join(
    filterKeys.map((facet) => Prisma.sql`WHEN ${facet} THEN ${filterConditions(filters, facet)}`),
    " ",
  );
  return Prisma.sql`
    WITH matched AS (${matched})
    SELECT split_part(key, ':', 1) AS facet, substr(key, strpos(key, ':') + 1) AS value, count(*)::int AS count
    FROM matched JOIN "PracticeModel" m ON m.id = matched.id, unnest(m."facetKeys") AS key
    WHERE CASE split_part(key, ':', 1) ${passes} ELSE FALSE END
    GROUP BY key`;
}
