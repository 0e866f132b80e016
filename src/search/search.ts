// Catalogue search: full-text and fuzzy matching in the reader's language, filters, facet
// counts that respect the other filters, sorting and paging. The SQL is in ./sql.ts.
import "server-only";
import type { Db } from "@/db/client";
import { queryRows } from "@/db/raw";
import type { Locale } from "@/domain/locale";
import { readModelCards } from "@/queries/models";
import { facetsOf, valueLabels, withoutUnknownValues } from "./facets";
import { effectiveSort, maxExportRows, pageSize, type SearchParams, type SortKey } from "./params";
import { nameRow, searchRow, snippetRow } from "./rows";
import { closestNames, searchStatement, snippets } from "./sql";
import type { SearchResult } from "./types";

/** One page of matches in the chosen order, how many there are in all, and the facet counts. */
async function pageOfMatches(db: Db, locale: Locale, search: SearchParams, sort: SortKey, size: number) {
  const [result] = await queryRows(db, searchStatement(locale, search, sort, size), searchRow);
  if (!result) throw new Error("the search statement returned no row");
  if (sort !== "name") return result;
  // Names sort in the reader's alphabet (å, ä, ö after z in Finnish and Swedish), which
  // PGlite's collations cannot do, so Intl does it; the statement returned every match.
  const collator = new Intl.Collator(locale);
  const rows = result.rows.sort((a, b) => collator.compare(a.name ?? "", b.name ?? "") || a.slug.localeCompare(b.slug));
  return { ...result, rows: rows.slice((result.page - 1) * size, result.page * size) };
}

/**
 * What a search depends on: only the filter values that exist, each filter's values in one
 * order. Equal searches asked differently (values reordered, unknown ones added) are then one
 * search, so that the cache keys on it (src/catalogue.ts) and random values cannot fill it.
 */
export function canonicalSearch(requested: SearchParams, labels: Map<string, string>): { search: SearchParams; unknownValues: SearchResult["unknownValues"] } {
  const { search, unknownValues } = withoutUnknownValues(requested, labels);
  const filters = Object.fromEntries(Object.entries(search.filters).map(([param, values]) => [param, [...values].sort()])) as SearchParams["filters"];
  return { search: { ...search, filters }, unknownValues };
}

/**
 * One search of the published catalogue, `size` models a page; `search` as canonicalSearch gives
 * it, with the `labels` (valueLabels) it was made canonical with.
 */
export async function searchKnownValues(
  db: Db,
  locale: Locale,
  search: SearchParams,
  labels: Map<string, string>,
  size = pageSize,
): Promise<Omit<SearchResult, "unknownValues">> {
  const sort = effectiveSort(search);
  const { rows, total, page, facets } = await pageOfMatches(db, locale, search, sort, Math.min(size, maxExportRows));
  const [cards, snippetRows, suggestions] = await Promise.all([
    readModelCards(db, locale, { ids: rows.map((r) => r.id) }),
    search.q && rows.length > 0 ? queryRows(db, snippets(locale, search.q, rows.flatMap((r) => (r.tid && !r.inReport ? r.tid : []))), snippetRow) : [],
    total === 0 && search.q ? queryRows(db, closestNames(locale, search.q), nameRow) : [],
  ]);
  const cardBySlug = new Map(cards.map((c) => [c.slug, c]));
  const snippetOf = new Map(snippetRows.map((s) => [s.tid, s.snippet]));
  const hits = rows.flatMap((row) => {
    const card = cardBySlug.get(row.slug);
    // A match only in the evaluation report has no snippet of the model's own text to show.
    const snippet = row.inReport ? null : ((row.tid && snippetOf.get(row.tid)) ?? null);
    return card ? [{ ...card, snippet, matchedInReport: row.inReport }] : [];
  });
  const pageCount = Math.max(1, Math.ceil(total / size));
  return { total, page, pageCount, sort, hits, facets: facetsOf(facets, search, labels, locale), suggestions };
}

/** A search as asked, uncached (the app's cached one is in src/catalogue.ts). */
export async function searchModels(db: Db, locale: Locale, requested: SearchParams, size = pageSize): Promise<SearchResult> {
  const labels = await valueLabels(db, locale);
  const { search, unknownValues } = canonicalSearch(requested, labels);
  return { ...(await searchKnownValues(db, locale, search, labels, size)), unknownValues };
}
