// Catalogue search: full-text and fuzzy matching in the reader's language, filters, facet
// counts that respect the other filters, sorting and paging. The SQL pieces are in
// ./search-sql.ts; the URL parameters are parsed by @/domain/search-params.
import "server-only";
import { getDb } from "@/db/client";
import { facetOfTaxonomyKind } from "@/db/enums";
import { pickTranslation, type Locale } from "@/domain/locale";
import type { ModelCard } from "@/domain/model";
import { effectiveSort, filterKeys, pageSize, type FilterKey, type SearchParams, type SortKey } from "@/domain/search-params";
import { cachedByRevision } from "./catalogue-cache";
import { listModelCards } from "./models";
import { searchStatement, snippets } from "./search-sql";
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

/** A match: `tid` is the translation that matched the query, `name` is read for name sorting only. */
type Row = { id: string; tid: string | null; slug: string; name: string | null };
type Statement = { total: number; page: number; rows: Row[]; facets: { facet: FilterKey; value: string; count: number }[] };

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

/** One page of matches in the chosen order, how many there are in all, and the facet counts. */
async function pageOfMatches(locale: Locale, search: SearchParams, sort: SortKey, size: number) {
  const [result] = await getDb().$queryRaw<Statement[]>(searchStatement(locale, search, sort, size));
  if (!result) throw new Error("the search statement returned no row");
  if (sort !== "name") return result;
  // Names sort in the reader's alphabet (å, ä, ö after z in Finnish and Swedish), which
  // PGlite's collations cannot do, so Intl does it; the statement returned every match.
  const collator = new Intl.Collator(locale);
  const rows = result.rows.sort((a, b) => collator.compare(a.name ?? "", b.name ?? "") || a.slug.localeCompare(b.slug));
  return { ...result, rows: rows.slice((result.page - 1) * size, result.page * size) };
}

/** The most rows one search returns at once (the CSV export asks for all of them). */
export const maxExportRows = 10_000;

/** One search, computed from the database; searchModels below is what pages and the API call. */
export async function computeSearch(locale: Locale, requested: SearchParams, size = pageSize): Promise<SearchResult> {
  const db = getDb();
  const labels = await valueLabels(locale);
  const { search, unknownValues } = withoutUnknownValues(requested, labels);
  const sort = effectiveSort(search);
  const { rows, total, page, facets: facetRows } = await pageOfMatches(locale, search, sort, Math.min(size, maxExportRows));
  const [cards, snippetRows, suggestions] = await Promise.all([
    listModelCards(locale, { ids: rows.map((r) => r.id) }),
    search.q && rows.length > 0
      ? db.$queryRaw<{ tid: string; snippet: string }[]>(snippets(locale, search.q, rows.flatMap((r) => r.tid ?? [])))
      : Promise.resolve([]),
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
    return card ? [{ ...card, snippet: (row.tid && snippetOf.get(row.tid)) ?? null }] : [];
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
