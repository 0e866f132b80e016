// What a search returns, as pages, components and the API see it.
import type { ModelCard } from "@/domain/model";
import type { FilterKey, SortKey } from "./params";

export type FacetOption = { value: string; label: string | null; count: number; selected: boolean };
export type Facet = { key: FilterKey; options: FacetOption[] };
/**
 * A model card with where the query matched in its text (see ./snippet.ts), or that it
 * matched only in the model's evaluation report.
 */
export type SearchHit = ModelCard & { snippet: string | null; matchedInReport: boolean };

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

/** The filters a type-ahead suggestion can lead to. */
export type SuggestedFilter = Extract<FilterKey, "theme" | "group" | "county">;

/** A type-ahead suggestion: a model, or a filter value of the catalogue. */
export type Suggestion = { kind: "model"; label: string; slug: string } | { kind: SuggestedFilter; label: string; value: string };

/** A suggestion as GET /api/suggest sends it: with the address it leads to. */
export type SuggestionLink = { kind: Suggestion["kind"]; label: string; href: string };
