// The catalogue search as URL parameters: /fi/mallit?q=…&theme=…&sort=…&page=…
// One zod schema reads them for the pages and the API. The API is strict: it reports every
// problem and answers 400. The pages are lenient: they drop what the schema complains about
// and show the rest, so an old or hand-edited address still gives a useful page.
import { z } from "zod";
import { locales } from "@/domain/locale";
import { dimensionKeys } from "@/domain/model";

export const maxQueryLength = 200;
export const pageSize = 20;
/** The most rows one search returns at once (the CSV export asks for all of them). */
export const maxExportRows = 10_000;
export const sortKeys = ["relevance", "updated", "name"] as const;
export type SortKey = (typeof sortKeys)[number];

/** Filters: several values of one filter are alternatives (OR), filters combine with AND. */
export const filterKeys = ["theme", "group", "county", "inuse", "stage", "collection", "evaluated", "dimension", "funder", "lang"] as const;
export type FilterKey = (typeof filterKeys)[number];
export type Filters = Record<FilterKey, string[]>;

export type SearchParams = { q: string; filters: Filters; sort: SortKey | null; page: number };
export type ParamProblem = { param: string; value: string; message: string };

export function emptyFilters(): Filters {
  return { theme: [], group: [], county: [], inuse: [], stage: [], collection: [], evaluated: [], dimension: [], funder: [], lang: [] };
}

/**
 * Search words as typed, made safe to search for: control characters (a NUL byte, say) cannot
 * go into PostgreSQL text and mean nothing here; runs of space become one; at most 200 characters.
 */
export function cleanQuery(q: string): string {
  return q.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim().slice(0, maxQueryLength);
}

/** A key of a taxonomy term or a collection, as in content/. */
const recordKey = z.string().max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "not a valid value");
/** How many values one filter takes: more would cost every search without narrowing it usefully. */
export const maxValuesPerFilter = 20;
/** A repeatable parameter: its values, each once, at most maxValuesPerFilter. */
const values = (value: z.ZodType<string>) =>
  z.array(value).max(maxValuesPerFilter, `at most ${maxValuesPerFilter} values`).transform((list) => [...new Set(list)]);
/** A parameter given at most once. */
const once = <T>(value: z.ZodType<T>) => z.array(value).max(1, "give it once");

const wholePage = "expected a whole number from 1 to 10000";

/** Every parameter arrives as the list of its values (URLSearchParams.getAll). */
const paramsSchema = z.strictObject({
  q: once(z.string()).transform(([q = ""]) => cleanQuery(q)),
  theme: values(recordKey),
  group: values(recordKey),
  county: values(recordKey),
  /** The county where an organisation has taken the model into use. */
  inuse: values(recordKey),
  stage: values(recordKey),
  collection: values(recordKey),
  funder: values(recordKey),
  evaluated: values(z.enum(["yes"])),
  dimension: values(z.enum(dimensionKeys)),
  lang: values(z.enum(locales)),
  sort: once(z.enum(sortKeys)).transform(([sort]) => sort ?? null),
  page: once(z.coerce.number({ error: wholePage }).int(wholePage).min(1, wholePage).max(10_000, wholePage)).transform(([page = 1]) => page),
});

const searchSchema = paramsSchema.transform(({ q, sort, page, ...filters }): SearchParams => ({ q, filters, sort, page }));

type RawParams = Record<string, string[]>;

function rawParams(params: URLSearchParams): RawParams {
  const raw: RawParams = Object.fromEntries(Object.keys(paramsSchema.shape).map((name) => [name, []]));
  for (const name of new Set(params.keys())) raw[name] = params.getAll(name);
  return raw;
}

/**
 * One problem a value: zod may find several things wrong with one (1e20 is neither whole nor at most 10000).
 * `raw` is every parameter as the list of its values; other strict readers of parameters use it too.
 */
export function problemsOf(raw: RawParams, issues: z.core.$ZodIssue[]): ParamProblem[] {
  const all = issues.flatMap((issue): ParamProblem[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((param) => ({ param, value: raw[param]?.join(",") ?? "", message: "unknown parameter" }));
    }
    const [param = "", index] = issue.path.map(String);
    const given = raw[param] ?? [];
    return [{ param, value: index === undefined ? given.join(",") : (given[Number(index)] ?? ""), message: issue.message }];
  });
  return all.filter((problem, i) => all.findIndex((p) => p.param === problem.param && p.value === problem.value) === i);
}

/**
 * `raw` without what the issues name: unknown parameters and bad values go, a parameter given
 * more than once keeps its first value, a filter given too many keeps the first maxValuesPerFilter.
 */
function withoutProblems(raw: RawParams, issues: z.core.$ZodIssue[]): RawParams {
  const kept: RawParams = { ...raw };
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const param of issue.keys) delete kept[param];
      continue;
    }
    const [param, index] = issue.path;
    const given = typeof param === "string" ? raw[param] : undefined;
    if (typeof param !== "string" || !given) continue;
    if (typeof index === "number") kept[param] = (kept[param] ?? []).filter((value) => value !== given[index]);
    else kept[param] = given.slice(0, issue.code === "too_big" && issue.maximum === maxValuesPerFilter ? maxValuesPerFilter : 1);
  }
  return kept;
}

/** Strict (the API): the search, or every problem with it. */
export function parseSearchStrict(params: URLSearchParams): { ok: true; search: SearchParams } | { ok: false; problems: ParamProblem[] } {
  const raw = rawParams(params);
  const parsed = searchSchema.safeParse(raw);
  return parsed.success ? { ok: true, search: parsed.data } : { ok: false, problems: problemsOf(raw, parsed.error.issues) };
}

/** Lenient (the pages): the search without the values the strict reading refuses. */
export function parseSearchLenient(params: URLSearchParams): SearchParams {
  let raw = rawParams(params);
  // A repeated bad value (page=x&page=y) needs a second pass: the first keeps "x" as the first value.
  for (let pass = 0; pass < 3; pass++) {
    const parsed = searchSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    raw = withoutProblems(raw, parsed.error.issues);
  }
  return { q: "", filters: emptyFilters(), sort: null, page: 1 };
}

/**
 * The filters whose every option a page shows (`?expand=county`): otherwise a filter shows its
 * most common options only. A view of the page, not part of the search: the API does not take
 * it, and a value that names no filter is ignored.
 */
export const expandParam = "expand";
const filterKey = z.enum(filterKeys);

export function expandedFilters(params: URLSearchParams): FilterKey[] {
  return [...new Set(params.getAll(expandParam).flatMap((value) => filterKey.safeParse(value).data ?? []))];
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
