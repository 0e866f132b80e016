// The catalogue search on a page: the search box, filters with counts, hits and paging, read
// from the page's address. On a collection or theme page it searches within it (`scope`), and
// every link keeps the reader on that page (`base`).
import { CatalogueSearch } from "@/components/search/CatalogueSearch";
import type { SearchBase } from "@/components/search/base";
import { SearchForm } from "@/components/models/SearchForm";
import { catalogue } from "@/catalogue";
import type { Locale } from "@/domain/locale";
import type { PageSearchParams } from "./record-page";
import { expandedFilters, parseSearchLenient, toUrlSearchParams, type FilterKey } from "@/search/params";

type Props = {
  locale: Locale;
  base: SearchBase;
  searchParams: PageSearchParams;
  scope?: { filter: FilterKey; value: string };
  /** A visible heading for the results, given their number. */
  title?: (total: number) => string;
};

export async function SearchSection({ locale, base, searchParams, scope, title }: Props) {
  // Lenient: a bad parameter is dropped, the rest of the search still applies.
  const params = toUrlSearchParams(await searchParams);
  const search = parseSearchLenient(params);
  const scoped = scope ? { ...search, filters: { ...search.filters, [scope.filter]: [scope.value] } } : search;
  const result = await catalogue().searchModels(locale, scoped);
  return (
    <>
      <SearchForm defaultValue={search.q} base={base} />
      <CatalogueSearch
        base={base}
        search={scoped}
        result={result}
        fixed={scope?.filter}
        expanded={expandedFilters(params)}
        title={title?.(result.total)}
      />
    </>
  );
}
