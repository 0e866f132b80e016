// Facets: which filter each taxonomy kind feeds, the labels of filter values in the reader's
// language, unknown values, and the options of each facet with their counts.
import type { Db } from "@/db/client";
import { pickTranslation, type Locale } from "@/domain/locale";
import type { TaxonomyKind } from "@/generated/prisma/enums";
import { toTerm } from "@/queries/terms";
import { facetKey } from "./index-document";
import { filterKeys, type FilterKey, type SearchParams } from "./params";
import type { Facet } from "./types";

/** The filter each taxonomy kind is filtered by (regions are shown, not filtered); a suggested term leads to it. */
export const filterOfTaxonomyKind: Partial<Record<TaxonomyKind, FilterKey>> = {
  THEME: "theme",
  TARGET_GROUP: "group",
  WELLBEING_SERVICES_COUNTY: "county",
  FUNDER: "funder",
  DEVELOPMENT_STAGE: "stage",
};

/** Filters that take a kind's keys besides its own: where a model is in use is a county too. */
const moreFiltersOfTaxonomyKind: Partial<Record<TaxonomyKind, FilterKey[]>> = {
  WELLBEING_SERVICES_COUNTY: ["inuse"],
};

/** Filters whose values are fixed (./params.ts) and labelled by the UI's messages. */
const fixedFilters = new Set<FilterKey>(["evaluated", "dimension", "lang"]);

/** Labels of the filter values that name records (taxonomy terms, collections), by facet key. */
export async function valueLabels(db: Db, locale: Locale): Promise<Map<string, string>> {
  const [terms, collections] = await Promise.all([
    db.taxonomyTerm.findMany({ include: { labels: true } }),
    db.collection.findMany({ where: { state: "PUBLISHED" }, include: { translations: true } }),
  ]);
  const labels = new Map<string, string>();
  for (const term of terms) {
    const filters = [filterOfTaxonomyKind[term.kind] ?? [], moreFiltersOfTaxonomyKind[term.kind] ?? []].flat();
    for (const filter of filters) labels.set(facetKey(filter, term.key), toTerm(term, locale).label);
  }
  for (const c of collections) {
    labels.set(facetKey("collection", c.slug), pickTranslation(c.translations, locale)?.name ?? c.slug);
  }
  return labels;
}

/** Drops filter values that name nothing (a removed theme, a typo); the API reports them. */
export function withoutUnknownValues(search: SearchParams, labels: Map<string, string>) {
  const known = (param: FilterKey, value: string) => fixedFilters.has(param) || labels.has(facetKey(param, value));
  const unknownValues = filterKeys.flatMap((param) =>
    search.filters[param].filter((value) => !known(param, value)).map((value) => ({ param, value })),
  );
  const filters = { ...search.filters };
  for (const param of filterKeys) filters[param] = filters[param].filter((value) => known(param, value));
  return { search: { ...search, filters }, unknownValues };
}

/** Every facet's options: the values counted (./sql.ts) and the selected ones, most common first. */
export function facetsOf(
  counts: { facet: FilterKey; value: string; count: number }[],
  search: SearchParams,
  labels: Map<string, string>,
  locale: Locale,
): Facet[] {
  return filterKeys.map((key) => {
    const counted = new Map(counts.filter((r) => r.facet === key).map((r) => [r.value, r.count]));
    const options = [...new Set([...counted.keys(), ...search.filters[key]])]
      .map((value) => ({
        value,
        label: labels.get(facetKey(key, value)) ?? null,
        count: counted.get(value) ?? 0,
        selected: search.filters[key].includes(value),
      }))
      .sort((a, b) => b.count - a.count || (a.label ?? a.value).localeCompare(b.label ?? b.value, locale));
    return { key, options };
  });
}
