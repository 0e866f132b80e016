// What the store writes beside a model so that search can find, rank and filter it: the words
// of each translation (searchText, searchTerms: the database turns them into the weighted
// tsvector columns, see the migration "search") and the model's filter values (facetKeys).
// The SQL that reads them is in ./sql.ts.
import type { Locale } from "@/domain/locale";
import type { DimensionKey, TaxonomyKindKey } from "@/domain/model";
import type { FilterKey } from "./params";

/** Raised when the index document changes, so that the next seed writes every model anew. */
export const indexVersion = 2;

/** A filter value as stored: "theme:nature", "lang:sv", "evaluated:yes", "inuse:satakunta"… */
export function facetKey(filter: FilterKey, value: string): string {
  return `${filter}:${value}`;
}

export type FacetFacts = {
  themes: string[];
  targetGroups: string[];
  wellbeingServicesCounties: string[];
  funders: string[];
  developmentStage?: string;
  collection?: string;
  inUse: { wellbeingServicesCounty?: string }[];
  evaluations: { strengthens: DimensionKey[]; withdrawn?: string | Date }[];
  locales: Locale[];
};

/**
 * The filter values a model has. Stored with the model, they make every filter one indexed
 * array overlap and every facet count one pass over the matches.
 */
export function facetKeysOf(facts: FacetFacts): string[] {
  // A withdrawn evaluation stays on the page but no longer says anything about the model.
  const standing = facts.evaluations.filter((e) => !e.withdrawn);
  const keys = [
    ...facts.themes.map((v) => facetKey("theme", v)),
    ...facts.targetGroups.map((v) => facetKey("group", v)),
    ...facts.wellbeingServicesCounties.map((v) => facetKey("county", v)),
    ...facts.inUse.flatMap((a) => (a.wellbeingServicesCounty ? [facetKey("inuse", a.wellbeingServicesCounty)] : [])),
    ...facts.funders.map((v) => facetKey("funder", v)),
    ...(facts.developmentStage ? [facetKey("stage", facts.developmentStage)] : []),
    ...(facts.collection ? [facetKey("collection", facts.collection)] : []),
    ...(standing.length > 0 ? [facetKey("evaluated", "yes")] : []),
    ...standing.flatMap((e) => e.strengthens.map((d) => facetKey("dimension", d))),
    ...facts.locales.map((l) => facetKey("lang", l)),
  ];
  return [...new Set(keys)];
}

/** A taxonomy term's label in a language. */
export type Labels = (kind: TaxonomyKindKey, key: string, locale: Locale) => string;

export type TermFacts = {
  themes: string[];
  targetGroups: string[];
  regions: string[];
  wellbeingServicesCounties: string[];
  funders: string[];
  developmentStage?: string;
};

/** The model's taxonomy labels in one language, so that "Satakunta" or "nuoret" finds it. */
export function searchTerms(facts: TermFacts, label: Labels, locale: Locale): string {
  const keyed: [TaxonomyKindKey, string[]][] = [
    ["themes", facts.themes],
    ["target-groups", facts.targetGroups],
    ["regions", facts.regions],
    ["wellbeing-services-counties", facts.wellbeingServicesCounties],
    ["funders", facts.funders],
    ["development-stages", facts.developmentStage ? [facts.developmentStage] : []],
  ];
  return keyed.flatMap(([kind, keys]) => keys.map((key) => label(kind, key, locale))).join(" ");
}

/** The words of one translation beyond its name and short description: where it was carried out, and its sections. */
export function searchText(text: { implementationSite?: string; plainText: string }): string {
  return [text.implementationSite ?? "", text.plainText].join(" ").trim();
}
