// Filters as a plain GET form: checkboxes with live counts, the sort order, and a button.
// Without JavaScript it is just a form; the current query travels along as a hidden field.
import { useTranslations } from "next-intl";
import { emptyFilters, expandParam, filterKeys, serializeSearch, sortKeys, type FilterKey, type SearchParams } from "@/search/params";
import { PlainLink } from "@/i18n/PlainLink";
import type { Facet, FacetOption, SearchResult } from "@/search/types";
import { searchHref, type SearchBase } from "./base";
import { useOptionLabel } from "./option-label";

type Props = {
  base: SearchBase;
  search: SearchParams;
  result: SearchResult;
  /** A filter the page itself fixes (a collection page's collection): not offered. */
  fixed?: FilterKey;
  /** Filters that show every option (`?expand=`); the others show their most common ones. */
  expanded?: FilterKey[];
};

/**
 * How many options a filter shows before "show all": its most common ones, and any chosen.
 * Shown in full, twenty-two wellbeing services counties and a dozen themes made the filters a
 * third of the catalogue page. A filter with one option more than this shows it, not a link.
 */
const visibleOptionCount = 5;

/** The options a filter shows; the rest are behind its "show all" link. */
function shownOptions(facet: Facet, expanded: boolean): FacetOption[] {
  if (expanded || facet.options.length <= visibleOptionCount + 1) return facet.options;
  return facet.options.filter((option, i) => i < visibleOptionCount || option.selected);
}

/**
 * The options of `facet` that can change the result: not one every match already has while no
 * value of the facet is chosen (every model in Finnish). Such options are left out.
 */
function optionsThatChange(facet: Facet, total: number): Facet {
  if (facet.options.some((option) => option.selected)) return facet;
  return { ...facet, options: facet.options.filter((option) => option.count < total) };
}

export function FacetFilters({ base, search, result, fixed, expanded = [] }: Props) {
  const t = useTranslations("ModelsPage");
  const optionLabel = useOptionLabel();
  const here = searchHref(base, search);
  const chosen = filterKeys.reduce((sum, key) => sum + (key === fixed ? 0 : search.filters[key].length), 0);
  return (
    // Keyed by the search, so that after a link changes it (clear filters) the checkboxes show
    // the new state: React would keep an uncontrolled checkbox's checked state otherwise.
    <form key={serializeSearch(search).toString()} method="get" aria-labelledby="filters-title" className="space-y-4">
      <h2 id="filters-title" className="text-xl font-bold">
        {t("filtersTitle")}
      </h2>
      {search.q && <input type="hidden" name="q" value={search.q} />}
      {expanded.map((key) => (
        <input key={key} type="hidden" name={expandParam} value={key} />
      ))}
      {/* Closed on a phone, so that the results come first, unless the reader has just asked
          for every option of a filter; on a wide screen always open (the summary hidden,
          globals.css), beside the results. Works without JavaScript. */}
      <details className="filter-panel" open={expanded.length > 0}>
        <summary>
          {t("showFilters")}
          {chosen > 0 && ` (${t("filtersChosen", { count: chosen })})`}
        </summary>
        <div className="space-y-4">
          <div>
            <label htmlFor="sort" className="block font-semibold">
              {t("sortLabel")}
            </label>
            <select id="sort" name="sort" defaultValue={result.sort} className="mt-1 w-full rounded border border-slate-500 bg-white p-2">
              {sortKeys
                .filter((key) => key !== "relevance" || search.q)
                .map((key) => (
                  <option key={key} value={key}>
                    {t(`sort.${key}`)}
                  </option>
                ))}
            </select>
          </div>
          {result.facets
            .filter((facet) => facet.key !== fixed)
            .map((facet) => optionsThatChange(facet, result.total))
            .filter((facet) => facet.options.length > 0)
            .map((facet) => {
              const shown = shownOptions(facet, expanded.includes(facet.key));
              const label = t(`facets.${facet.key}`);
              return (
                <fieldset key={facet.key} id={`filter-${facet.key}`} className="border-t border-slate-200 pt-3">
                  <legend className="font-semibold">{label}</legend>
                  <ul className="mt-1 space-y-1">
                    {shown.map((option: FacetOption) => (
                      <li key={option.value}>
                        <label className="facet-option">
                          <input type="checkbox" name={facet.key} value={option.value} defaultChecked={option.selected} />
                          <span>
                            {optionLabel(facet.key, option)} <small>{`(${option.count})`}</small>
                          </span>
                        </label>
                      </li>
                    ))}
                  </ul>
                  {shown.length < facet.options.length && (
                    <PlainLink
                      href={{ ...here, query: { ...here.query, [expandParam]: [...expanded, facet.key] } }}
                      hash={`filter-${facet.key}`}
                      aria-label={t("showAllOptionsOf", { count: facet.options.length, filter: label })}
                      className="mt-1 inline-block text-brand underline"
                    >
                      {t("showAllOptions", { count: facet.options.length })}
                    </PlainLink>
                  )}
                </fieldset>
              );
            })}
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
              {t("applyFilters")}
            </button>
            {chosen > 0 && (
              <PlainLink href={searchHref(base, { ...search, filters: emptyFilters(), page: 1 })} className="text-brand underline">
                {t("clearFilters")}
              </PlainLink>
            )}
          </div>
        </div>
      </details>
    </form>
  );
}
