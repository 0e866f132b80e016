// Where a search lives: the whole catalogue, or a collection or theme page that searches
// within itself. Links to other states of the same search keep the reader there.
import type { SearchParams } from "@/search/params";
import { serializeSearch, toQuery } from "@/search/params";

export type SearchBase =
  | { pathname: "/models" }
  | { pathname: "/collections/[slug]"; params: { slug: string } }
  | { pathname: "/themes/[slug]"; params: { slug: string } };

/** The address of `search` (with `changes`) at `base`. */
export function searchHref(base: SearchBase, search: SearchParams, changes: Partial<SearchParams> = {}) {
  return { ...base, query: toQuery(serializeSearch(search, changes)) };
}
