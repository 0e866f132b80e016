// Catalogue search: full-text and fuzzy matching in the reader's language, filters, facet
// counts that respect the other filters, sorting and paging. The SQL pieces are in
// ./search-sql.ts; the URL parameters are parsed by @/domain/search-params.
import "server-only";
import { getDb } from "@/db/client";
import { facetOfTaxonomyKind } from "@/db/enums";
import { pickTranslation, type Locale } from "@/domain/locale";
import type { ModelCard } from "@/domain/model";
import { effectiveSort, filterKeys, pageSize, type FilterKey, type SearchParams, type SortKey } from "@/domain/search-params";
import { Prisma } from "@/generated/prisma/client";
import { cachedByRevision } from "./catalogue-cache";
import { listModelCards } from "./models";
import { facetCounts, filterConditions, matchedModels, snippets } from "./search-sql";
import { toTerm } from "./terms";

export type FacetOption = { value: string; label: string | null; count: number; selected: boolean };
export type Facet = { key: FilterKey; options: FacetOption[] };
export type SearchHit = ModelCard & { snippet: string | null };
export type SearchResult = {
  total: number;
  page: number;
  pageCount: number;
  sort: SortKey;
  hits: SearchHit[];
  facets: Facet[];
  /** Filter values that name nothing in the catalogue; they were ignored. */
  unknownValues: { param: FilterKey; value: string }[];
  /** Closest model names when nothing matched. */
  suggestions: { slug: string; name: string }[];
};

type Row = { id: string; tid: string; slug: string; name: string; score: number; updated: Date; total: number };

const orderBy: Record<Exclude<SortKey, "name">, Prisma.Sql> = {
  relevance: Prisma.sql`score DESC, updated DESC, slug`,
  updated: Prisma.sql`updated DESC, slug`,
};

/** Labels of the values that name records: taxonomy terms and collections. */
async function valueLabels(locale: Locale): Promise<Map<string, string>> {
  const db = getDb();
  const [terms, collections] = await Promise.all([
    db.taxonomyTerm.findMany({ include: { labels: true } }),
    db.collection.findMany({ where: { state: "PUBLISHED" }, include: { translations: true } }),
  ]);
  const labels = new Map<string, string>();
  for (const term of terms) {
    const facet = facetOfTaxonomyKind[term.kind];
    if (facet) labels.set(`${facet}:${term.key}`, toTerm(term, locale).label);
  }
  for (const c of collections) {
    labels.set(`collection:${c.slug}`, pickTranslation(c.translations, locale)?.name ?? c.slug);
  }
  return labels;
}

const fixedFacets = new Set<FilterKey>(["evaluated", "dimension", "lang"]);

/** Drops filter values that name nothing (a removed theme, a typo); the API reports them. */
function withoutUnknownValues(search: SearchParams, labels: Map<string, string>) {
  const known = (param: FilterKey, value: string) => fixedFacets.has(param) || labels.has(`${param}:${value}`);
  const unknownValues = filterKeys.flatMap((param) =>
    search.filters[param].filter((value) => !known(param, value)).map((value) => ({ param, value })),
  );
  const filters = { ...search.filters };
  for (const param of filterKeys) filters[param] = filters[param].filter((value) => known(param, value));
  return { search: { ...search, filters }, unknownValues };
}

/** One page of matches in the chosen order, and how many there are in all. */
async function pageOfMatches(locale: Locale, search: SearchParams, matched: Prisma.Sql, sort: SortKey, size: number) {
  const db = getDb();
  const select = Prisma.sql`
    WITH matched AS (${matched})
    SELECT m.id, matched.tid, m.slug, matched.name, matched.score, m."updatedAt" AS updated,
      count(*) OVER ()::int AS total
    FROM matched JOIN "PracticeModel" m ON m.id = matched.id
    WHERE ${filterConditions(search.filters)}`;
  if (sort === "name") {
    // Names sort in the reader's alphabet (å, ä, ö after z in Finnish and Swedish), which
    // PGlite's collations cannot do, so Intl does it.
    const rows = await db.$queryRaw<Row[]>(select);
    const collator = new Intl.Collator(locale);
    rows.sort((a, b) => collator.compare(a.name, b.name) || a.slug.localeCompare(b.slug));
    const page = Math.min(search.page, Math.max(1, Math.ceil(rows.length / size)));
    return { rows: rows.slice((page - 1) * size, page * size), total: rows.length, page };
  }
  const pageAt = (page: number) =>
    db.$queryRaw<Row[]>`${select} ORDER BY ${orderBy[sort]} LIMIT ${size} OFFSET ${(page - 1) * size}`;
  let page = search.page;
  let rows = await pageAt(page);
  if (rows.length === 0 && page > 1) {
    // Past the end (page=999999): show the last page instead.
    const [first] = await pageAt(1);
    page = Math.max(1, Math.ceil((first?.total ?? 0) / size));
    rows = page === 1 ? (first ? await pageAt(1) : []) : await pageAt(page);
  }
  return { rows, total: rows[0]?.total ?? 0, page };
}

/** The most rows one search returns at once (the CSV export asks for all of them). */
export const maxExportRows = 10_000;

/** One search, computed from the database; searchModels below is what pages and the API call. */
export async function computeSearch(locale: Locale, requested: SearchParams, size = pageSize): Promise<SearchResult> {
  const db = getDb();
  const labels = await valueLabels(locale);
  const { search, unknownValues } = withoutUnknownValues(requested, labels);
  const matched = matchedModels(locale, search.q);
  const sort = effectiveSort(search);
  const { rows, total, page } = await pageOfMatches(locale, search, matched, sort, Math.min(size, maxExportRows));
  const [cards, snippetRows, facetRows, suggestions] = await Promise.all([
    listModelCards(locale, { ids: rows.map((r) => r.id) }),
    search.q && rows.length > 0
      ? db.$queryRaw<{ tid: string; snippet: string }[]>(snippets(locale, search.q, rows.map((r) => r.tid)))
      : Promise.resolve([]),
    db.$queryRaw<{ facet: FilterKey; value: string; count: number }[]>(facetCounts(search.filters, matchedModels(locale, search.q, false))),
    total === 0 && search.q
      ? db.$queryRaw<{ slug: string; name: string }[]>`
          SELECT m.slug, t.name
          FROM "ModelTranslation" t JOIN "PracticeModel" m ON m.id = t."modelId" AND m.state = 'PUBLISHED'
          WHERE t.locale::text = ${locale} AND similarity(t.name, ${search.q}) > 0.1
          ORDER BY similarity(t.name, ${search.q}) DESC, m.slug LIMIT 3`
      : Promise.resolve([]),
  ]);
  const cardBySlug = new Map(cards.map((c) => [c.slug, c]));
  const snippetOf = new Map(snippetRows.map((s) => [s.tid, s.snippet]));
  const hits = rows.flatMap((row) => {
    const card = cardBySlug.get(row.slug);
    return card ? [{ ...card, snippet: snippetOf.get(row.tid) ?? null }] : [];
  });

  const facets: Facet[] = filterKeys.map((key) => {
    const counted = new Map(facetRows.filter((r) => r.facet === key).map((r) => [r.value, r.count]));
    const options = [...new Set([...counted.keys(), ...search.filters[key]])]
      .map((value) => ({
        value,
        label: labels.get(`${key}:${value}`) ?? null,
        count: counted.get(value) ?? 0,
        selected: search.filters[key].includes(value),
      }))
      .sort((a, b) => b.count - a.count || (a.label ?? a.value).localeCompare(b.label ?? b.value, locale));
    return { key, options };
  });

  const pageCount = Math.max(1, Math.ceil(total / size));
  return { total, page, pageCount, sort, hits, facets, unknownValues, suggestions };
}

/** Searches, with results kept until the catalogue changes: room for about 10,000 hits. */
export const searchModels = cachedByRevision(computeSearch, {
  key: (locale, search, size = pageSize) => JSON.stringify([locale, search, size]),
  size: (result) => result.hits.length,
  capacity: 10_000,
});
