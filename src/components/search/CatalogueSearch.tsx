// The search block shared by the catalogue, collection and theme pages: filters beside the
// results, paging below. `base` keeps every link and the form on the page it is on.
import type { FilterKey, SearchParams } from "@/search/params";
import type { SearchResult } from "@/search/types";
import type { SearchBase } from "./base";
import { FacetFilters } from "./FacetFilters";
import { Pagination } from "./Pagination";
import { SearchHits } from "./SearchHits";

type Props = { base: SearchBase; search: SearchParams; result: SearchResult; fixed?: FilterKey; expanded?: FilterKey[]; title?: string };

export function CatalogueSearch({ base, search, result, fixed, expanded, title }: Props) {
  return (
    <div className="grid gap-8 lg:grid-cols-[16rem_1fr]">
      <FacetFilters base={base} search={search} result={result} fixed={fixed} expanded={expanded} />
      <div className="space-y-4">
        <SearchHits base={base} search={search} result={result} title={title} />
        <Pagination base={base} search={search} result={result} />
      </div>
    </div>
  );
}
