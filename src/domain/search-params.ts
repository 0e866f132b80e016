// The catalogue search as URL parameters: /fi/mallit?q=…&theme=…&sort=…&page=…
// One parser for the page and the API. The page is lenient (a bad value is dropped and the
// rest of the search still works); the API reports every problem and answers 400.
import { z } from "zod";
import { locales } from "./locale";
import { dimensionKeys } from "./model";

export const maxQueryLength = 200;
export const pageSize = 20;
export const sortKeys = ["relevance", "updated", "name"] as const;
export type SortKey = (typeof sortKeys)[number];

/** Filters: several values of one filter are alternatives (OR), filters combine with AND. */
export const filterKeys = ["theme", "group", "county", "stage", "collection", "evaluated", "dimension", "funder", "lang"] as const;
export type FilterKey = (typeof filterKeys)[number];
export type Filters = Record<FilterKey, string[]>;

export type SearchParams = { q: string; filters: Filters; sort: SortKey | null; page: number };
export type ParamProblem = { param: string; value: string; message: string };

const key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "not a valid value").max(100);

/** Values a filter may take, where they are fixed; the others are taxonomy keys. */
const fixedValues: Partial<Record<FilterKey, readonly string[]>> = {
  evaluated: ["yes"],
  dimension: dimensionKeys,
  lang: locales,
};

export function emptyFilters(): Filters {
  return { theme: [], group: [], county: [], stage: [], collection: [], evaluated: [], dimension: [], funder: [], lang: [] };
}

/**
 * Search words as typed, made safe to search for: control characters (a NUL byte, say) cannot
 * go into PostgreSQL text and mean nothing here; runs of space become one; at most 200 characters.
 */
export function cleanQuery(q: string): string {
  return q.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim().slice(0, maxQueryLength);
}

/** Reads search parameters; `problems` lists what was dropped. */
export function parseSearchParams(params: URLSearchParams): { search: SearchParams; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const known = new Set<string>(["q", "sort", "page", ...filterKeys]);
  for (const name of new Set(params.keys())) {
    if (!known.has(name)) problems.push({ param: name, value: params.get(name) ?? "", message: "unknown parameter" });
  }

  const qValues = params.getAll("q");
  if (qValues.length > 1) problems.push({ param: "q", value: qValues.join(","), message: "give q once" });
  const q = cleanQuery(qValues[0] ?? "");

  const filters = emptyFilters();
  for (const filter of filterKeys) {
    for (const value of params.getAll(filter)) {
      const allowed = fixedValues[filter];
      const ok = key.safeParse(value).success && (!allowed || allowed.includes(value));
      if (!ok) problems.push({ param: filter, value, message: allowed ? `expected one of ${allowed.join(", ")}` : "not a valid value" });
      else if (!filters[filter].includes(value)) filters[filter].push(value);
    }
  }

  const sortValue = params.get("sort");
  const sort = sortKeys.find((s) => s === sortValue) ?? null;
  if (sortValue !== null && sort === null) {
    problems.push({ param: "sort", value: sortValue, message: `expected one of ${sortKeys.join(", ")}` });
  }

  const pageValue = params.get("page");
  const pageNumber = pageValue === null ? 1 : Number(pageValue);
  const pageOk = Number.isSafeInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 10_000;
  if (!pageOk) problems.push({ param: "page", value: pageValue ?? "", message: "expected a whole number from 1 to 10000" });

  return { search: { q, filters, sort, page: pageOk ? pageNumber : 1 }, problems };
}

/** A Next.js searchParams object as URLSearchParams. */
export function toUrlSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(record)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, v);
  }
  return params;
}

/** The sort in effect: relevance when there is a query, recently updated otherwise. */
export function effectiveSort(search: SearchParams): SortKey {
  if (search.sort === "relevance" && !search.q) return "updated";
  return search.sort ?? (search.q ? "relevance" : "updated");
}

/** The address of a search state, with defaults left out so that URLs stay short. */
export function serializeSearch(search: SearchParams, changes: Partial<SearchParams> = {}): URLSearchParams {
  const next = { ...search, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  for (const filter of filterKeys) for (const value of next.filters[filter]) params.append(filter, value);
  if (next.sort) params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  return params;
}


/** A search state as the query object of a localized Link. */
export function toQuery(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    query[name] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return query;
}

/** A search snippet as plain text parts, `marked` where the query matched (see search-sql.ts). */
export function splitSnippet(snippet: string): { text: string; marked: boolean }[] {
  return snippet
    .split(/(\u0002[^\u0003]*\u0003)/)
    .filter((part) => part !== "")
    .map((part) => (part.startsWith("\u0002") ? { text: part.slice(1, -1), marked: true } : { text: part, marked: false }));
}
