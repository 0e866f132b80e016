// The SQL of the catalogue search, all parameterised (Prisma.sql): matching and scoring,
// filters, paging and facet counts in one statement; the snippets of the page shown; names
// and terms for suggestions. ./search.ts and ./suggest.ts run them; ./rows.ts parses what
// they return. They read the search table SearchEntry, which the database writes from the
// columns the store fills (./index-document.ts; see the migration search_entries).
import "server-only";
import type { Locale } from "@/domain/locale";
import { preparedMark } from "@/db/client";
import { Prisma } from "@/generated/prisma/client";
import { facetKey } from "./index-document";
import { filterKeys, type FilterKey, type Filters, type SearchParams, type SortKey } from "./params";
import { matchEnd, matchStart } from "./snippet";

const configs: Record<Locale, string> = { fi: "finnish", sv: "swedish", en: "english" };

/** The query as tsqueries: `exact` (stemmed words) and `loose` (each word's stem as a prefix). */
function tsQueries(locale: Locale, q: string): Prisma.Sql {
  const config = Prisma.sql`${configs[locale]}::regconfig`;
  return Prisma.sql`(SELECT websearch_to_tsquery(${config}, ${q}) AS exact,
    (SELECT to_tsquery('simple', string_agg(quote_literal(left(lexeme, greatest(4, length(lexeme) - 2))) || ':*', ' & '))
      FROM unnest(tsvector_to_array(to_tsvector(${config}, ${q}))) AS lexeme) AS loose)`;
}

/**
 * Models whose published evaluation has an uploaded report with the query's words (exact or
 * as prefixes, as in the models' own text), read in the report's own language whatever the
 * reader's (a Finnish report is found from the Swedish page too).
 */
function reportModels(q: string): Prisma.Sql {
  const inLanguage = (locale: Locale) =>
    Prisma.sql`(f.language = ${locale}::"Locale" AND f."searchVector" @@ (SELECT exact || loose FROM ${tsQueries(locale, q)} x))`;
  return Prisma.sql`SELECT DISTINCT e."modelId" FROM "StoredFile" f
    JOIN "EvaluationDocument" d ON d.checksum = f.checksum
    JOIN "Evaluation" e ON e.id = d."evaluationId" AND e.state = 'PUBLISHED'
    WHERE ${Prisma.join((["fi", "sv", "en"] as const).map(inLanguage), " OR ")}`;
}

/**
 * Published models (`id`, `slug`, `name`, `updated`, `facetKeys`) as readers of `locale` see
 * them, from the narrow search table (SearchEntry, written by the database's triggers). With a
 * query only the matches, with the translation shown (`tid`) and a score: the words of the
 * text, exact (stemmed) or looser prefixes (Finnish inflects words beyond what its stemmer
 * joins: "osallisuutta" / "osallisuus"), or a name close by trigram similarity (typos), or the
 * words of the model's evaluation report (`in_report`). Only models whose name or short
 * description has the words, or whose name resembles the query, are ranked (exact matches
 * first); the other matches score 0 and come after them, the newest first. Ranking reads a
 * small vector, and only of the few such models, so a broad query stays cheap.
 */
function matchedModels(locale: Locale, q: string): Prisma.Sql {
  const entry = Prisma.sql`e."modelId" AS id, e."translationId" AS tid, e.slug, e.name, e."updatedAt" AS updated, e."facetKeys"`;
  const reader = Prisma.sql`e.locale = ${locale}::"Locale"`;
  if (!q) {
    return Prisma.sql`SELECT ${entry}, 0::float8 AS score, false AS in_report FROM "SearchEntry" e WHERE ${reader}`;
  }
  // Every arm reads an index: GIN on the words and on the head, trigram GIN on the names for
  // typos (`<%` is word similarity above pg_trgm.word_similarity_threshold, set by a
  // migration). `(SELECT … FROM query)` is evaluated once, so the words are matched by the
  // index only and never read from the table (they are large: reading them for each model a
  // short query's trigrams find was most of its time). Names and reports add only models the
  // words did not find; the names are looked up once (`named`), for matching and ranking.
  const score = Prisma.sql`(2 * ts_rank(e.head, query.exact) + ts_rank(e.head, query.loose) + word_similarity(${q}, e.name))::float8 AS score`;
  return Prisma.sql`
    WITH query AS MATERIALIZED (SELECT * FROM ${tsQueries(locale, q)} q),
    text_hits AS MATERIALIZED (
      SELECT ${entry}, false AS in_report FROM "SearchEntry" e WHERE ${reader} AND e.words @@ (SELECT exact || loose FROM query)),
    named AS MATERIALIZED (SELECT e."modelId" AS id FROM "SearchEntry" e WHERE ${reader} AND ${q} <% e.name),
    other_hits AS MATERIALIZED (
      SELECT ${entry}, false FROM "SearchEntry" e
      WHERE ${reader} AND e."modelId" IN (SELECT id FROM named EXCEPT SELECT id FROM text_hits)
      UNION ALL
      SELECT ${entry}, true FROM "SearchEntry" e
      WHERE ${reader} AND e."modelId" IN (${reportModels(q)}) AND e."modelId" NOT IN (SELECT id FROM text_hits) AND e."modelId" NOT IN (SELECT id FROM named)),
    ranked AS MATERIALIZED (
      SELECT e."modelId" AS id, ${score}
      FROM "SearchEntry" e, query
      WHERE ${reader} AND e.head @@ (SELECT exact || loose FROM query)
      UNION ALL
      SELECT e."modelId", ${score}
      FROM "SearchEntry" e, query
      WHERE ${reader} AND e."modelId" IN (SELECT id FROM named) AND NOT e.head @@ (SELECT exact || loose FROM query))
    SELECT h.*, coalesce(r.score, 0) AS score
    FROM (SELECT * FROM text_hits UNION ALL SELECT * FROM other_hits) h LEFT JOIN ranked r USING (id)`;
}

const orderBy: Record<SortKey, Prisma.Sql> = {
  relevance: Prisma.sql`score DESC, updated DESC, slug COLLATE "C"`,
  updated: Prisma.sql`updated DESC, slug COLLATE "C"`,
  // Only a stable order: names are put in the reader's alphabet by ./search.ts (PGlite has no
  // ICU collations), so this sort returns every match.
  name: Prisma.sql`slug COLLATE "C"`,
};

/**
 * The whole search in one statement, so the matching runs once: one row with the number of
 * matches, the page shown (a page past the end becomes the last page), the models on it in
 * order (`rows`, JSON) and the facet counts (`facets`, JSON). Prepared by name (`preparedMark`):
 * its text depends only on the sort, the filters in use and whether there is a query.
 */
export function searchStatement(locale: Locale, search: SearchParams, sort: SortKey, size: number): Prisma.Sql {
  const paging =
    sort === "name" ? Prisma.empty : Prisma.sql`ORDER BY ${orderBy[sort]} LIMIT ${size} OFFSET (SELECT page - 1 FROM total) * ${size}`;
  // Without filters the matches are the result, not copied into another table first.
  const filtered = activeFilters(search.filters).length > 0 ? Prisma.sql`filtered` : Prisma.sql`matched`;
  return Prisma.sql`${Prisma.raw(preparedMark)}
    WITH matched AS MATERIALIZED (${matchedModels(locale, search.q)}),
    filtered AS MATERIALIZED (SELECT * FROM matched m WHERE ${filterConditions(search.filters)}),
    total AS (
      SELECT count(*)::int AS total, LEAST(${search.page}, GREATEST(1, CEIL(count(*)::numeric / ${size})))::int AS page
      FROM ${filtered})
    SELECT total.total, total.page,
      (SELECT coalesce(json_agg(p ORDER BY ${orderBy[sort]}), '[]') FROM (
        SELECT id, tid, slug, name, score, updated, in_report AS "inReport" FROM ${filtered} ${paging}) p) AS rows,
      (SELECT coalesce(json_agg(f), '[]') FROM (${facetCounts(search.filters)}) f) AS facets
    FROM total`;
}

/**
 * Where the query matched in each of the translations `tids`, for one page of results only
 * (ts_headline reads the whole text). Matches are marked as ./snippet.ts says.
 */
export function snippets(locale: Locale, q: string, tids: string[]): Prisma.Sql {
  const config = Prisma.sql`${configs[locale]}::regconfig`;
  return Prisma.sql`${Prisma.raw(preparedMark)}
    SELECT t.id AS tid, ts_headline(${config}, t."shortDescription" || ' … ' || t."searchText",
      CASE WHEN e.words @@ query.exact THEN query.exact ELSE query.loose END,
      format('MaxFragments=1, MaxWords=24, MinWords=10, StartSel=%s, StopSel=%s', ${matchStart}::text, ${matchEnd}::text)) AS snippet
    FROM "ModelTranslation" t
      JOIN "SearchEntry" e ON e.locale = ${locale}::"Locale" AND e."modelId" = t."modelId" AND e."translationId" = t.id,
      ${tsQueries(locale, q)} query
    WHERE t.id = ANY(${tids}::uuid[])`;
}

/** The condition one filter puts on model `m`: it has one of the values (an indexed overlap). */
function condition(filter: FilterKey, values: string[]): Prisma.Sql {
  return Prisma.sql`m."facetKeys" && ${values.map((value) => facetKey(filter, value))}::text[]`;
}

function activeFilters(filters: Filters): FilterKey[] {
  return filterKeys.filter((filter) => filters[filter].length > 0);
}

/** All active filters as one condition on model `m`. */
function filterConditions(filters: Filters): Prisma.Sql {
  const parts = activeFilters(filters).map((filter) => condition(filter, filters[filter]));
  return parts.length > 0 ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
}

/**
 * Facet counts in one pass over the matches: a model's value of filter F counts when the
 * model passes every active filter except F, so each facet shows what choosing a value of it
 * would give with the other filters kept. Whether a model passes each filter is worked out
 * once per model (`passes_<filter>`), not once per value.
 */
function facetCounts(filters: Filters): Prisma.Sql {
  const active = activeFilters(filters);
  const passes = (filter: FilterKey) => Prisma.raw(`"passes_${filter}"`);
  // Each of the model's filter values, with whether the model passes each active filter.
  const columns = [Prisma.sql`unnest(m."facetKeys") AS key`, ...active.map((filter) => Prisma.sql`${condition(filter, filters[filter])} AS ${passes(filter)}`)];
  const othersPassed = (facet: FilterKey) => {
    const others = active.filter((filter) => filter !== facet).map(passes);
    return others.length > 0 ? Prisma.join(others, " AND ") : Prisma.sql`TRUE`;
  };
  const counted =
    active.length === 0
      ? Prisma.sql`TRUE`
      : Prisma.sql`CASE split_part(key, ':', 1) ${Prisma.join(
          filterKeys.map((facet) => Prisma.sql`WHEN ${facet} THEN ${othersPassed(facet)}`),
          " ",
        )} ELSE FALSE END`;
  // unnest() in the select list (one projection) rather than a lateral join (one function
  // scan per model): half the time over thousands of matches.
  return Prisma.sql`
    SELECT split_part(key, ':', 1) AS facet, substr(key, strpos(key, ':') + 1) AS value, count(*)::int AS count
    FROM (SELECT ${Prisma.join(columns)} FROM matched m) m
    WHERE ${counted}
    GROUP BY key`;
}

/**
 * Published models' names as readers of `locale` see them (`t`: their search rows) that meet
 * `condition`, the best `limit` by `order`.
 */
function modelNames(locale: Locale, condition: Prisma.Sql, order: Prisma.Sql, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT t.slug, t.name FROM "SearchEntry" t
    WHERE t.locale = ${locale}::"Locale" AND ${condition}
    ORDER BY ${order}, t.slug LIMIT ${limit}`;
}

/**
 * The names closest to a query that matched nothing ("did you mean"): by word similarity above
 * the database's threshold (`<%`), which the trigram index on names answers, so a random query
 * costs an index lookup rather than a comparison with every name.
 */
export function closestNames(locale: Locale, q: string): Prisma.Sql {
  return modelNames(locale, Prisma.sql`${q} <% t.name`, Prisma.sql`word_similarity(${q}, t.name) DESC`, 3);
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Names that contain or closely resemble what has been typed, beginnings first. Both
 * conditions use the trigram index; `<%` is word similarity above the database's
 * pg_trgm.word_similarity_threshold (set by a migration).
 */
export function namesLike(locale: Locale, q: string, limit: number): Prisma.Sql {
  return modelNames(
    locale,
    Prisma.sql`(t.name ILIKE ${likePattern(q)} OR ${q} <% t.name)`,
    Prisma.sql`(t.name ILIKE ${`${q}%`}) DESC, word_similarity(${q}, t.name) DESC, t.name`,
    limit,
  );
}

/** Labels of themes, target groups and counties that contain or resemble what has been typed. */
export function termsLike(locale: Locale, q: string, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT tt.kind::text AS kind, tt.key, l.label
    FROM "TaxonomyLabel" l JOIN "TaxonomyTerm" tt ON tt.id = l."termId"
    WHERE l.locale = ${locale}::"Locale" AND tt.kind::text IN ('THEME', 'TARGET_GROUP', 'WELLBEING_SERVICES_COUNTY')
      AND (l.label ILIKE ${likePattern(q)} OR word_similarity(${q}, l.label) > 0.5)
    ORDER BY (l.label ILIKE ${`${q}%`}) DESC, word_similarity(${q}, l.label) DESC, l.label
    LIMIT ${limit}`;
}
