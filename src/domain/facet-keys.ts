// The search filter values a model has, as "filter:value" strings (theme:nature, lang:sv,
// evaluated:yes…). Stored with the model, they make every filter one indexed array overlap
// and every facet count one pass over the matches (src/queries/search-sql.ts).
import type { Locale } from "./locale";
import type { DimensionKey } from "./model";
import type { FilterKey } from "./search-params";

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
  evaluations: { strengthens: DimensionKey[] }[];
  locales: Locale[];
};

export function facetKeysOf(facts: FacetFacts): string[] {
  const keys = [
    ...facts.themes.map((v) => facetKey("theme", v)),
    ...facts.targetGroups.map((v) => facetKey("group", v)),
    ...facts.wellbeingServicesCounties.map((v) => facetKey("county", v)),
    ...facts.funders.map((v) => facetKey("funder", v)),
    ...(facts.developmentStage ? [facetKey("stage", facts.developmentStage)] : []),
    ...(facts.collection ? [facetKey("collection", facts.collection)] : []),
    ...(facts.evaluations.length > 0 ? [facetKey("evaluated", "yes")] : []),
    ...facts.evaluations.flatMap((e) => e.strengthens.map((d) => facetKey("dimension", d))),
    ...facts.locales.map((l) => facetKey("lang", l)),
  ];
  return [...new Set(keys)];
}
