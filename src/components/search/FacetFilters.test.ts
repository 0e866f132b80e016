import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { emptyFilters, type FilterKey, type SearchParams } from "@/search/params";
import type { Facet, SearchResult } from "@/search/types";
import fi from "../../../messages/fi.json";
import { renderWithMessages } from "../../../tests/support/render";
import { FacetFilters } from "./FacetFilters";

const option = (value: string, count: number, selected = false) => ({ value, label: value, count, selected });

const noSearch: SearchParams = { q: "", filters: emptyFilters(), sort: null, page: 1 };

function render(facets: Facet[], total: number, search: SearchParams = noSearch, expanded: FilterKey[] = []) {
  const result: SearchResult = { total, page: 1, pageCount: 1, sort: "updated", hits: [], facets, unknownValues: [], suggestions: [] };
  return renderWithMessages(createElement(FacetFilters, { base: { pathname: "/models" }, search, result, expanded }));
}

/** Twelve counties, the most common first, as the search gives them. */
const counties = (selected: string[] = []) =>
  Array.from({ length: 12 }, (_, i) => option(`county-${i + 1}`, 100 - i, selected.includes(`county-${i + 1}`)));

/** The checkboxes as name=value, in order. */
const checkboxes = (html: string) =>
  [...html.matchAll(/<input type="checkbox"[^>]*>/g)].map(([input]) => `${/name="([^"]+)"/.exec(input)?.[1]}=${/value="([^"]+)"/.exec(input)?.[1]}`);

describe("FacetFilters", () => {
  it("leaves out an option every match already has, and a filter left with none", () => {
    const html = render(
      [
        { key: "lang", options: [option("fi", 9), option("sv", 4)] },
        { key: "theme", options: [option("nature", 9)] },
      ],
      9,
    );
    expect(checkboxes(html)).toEqual(["lang=sv"]);
    expect(html).toContain(`<legend class="font-semibold">${fi.ModelsPage.facets.lang}</legend>`);
    expect(html).not.toContain(fi.ModelsPage.facets.theme);
  });

  it("keeps such an option once a value of its filter is chosen: choosing it too widens the result", () => {
    const search: SearchParams = { q: "", filters: { ...emptyFilters(), lang: ["sv"] }, sort: null, page: 1 };
    const html = render([{ key: "lang", options: [option("fi", 9), option("sv", 4, true)] }], 4, search);
    expect(checkboxes(html)).toEqual(["lang=fi", "lang=sv"]);
  });

  it("links clearing the filters as a plain address in the page's language", () => {
    const search: SearchParams = { q: "luonto", filters: { ...emptyFilters(), lang: ["sv"] }, sort: null, page: 2 };
    const html = render([{ key: "lang", options: [option("sv", 4, true)] }], 4, search);
    expect(html).toContain('href="/fi/mallit?q=luonto"');
  });

  it("shows a filter's most common options, any chosen one, and links the rest to the same search", () => {
    const search: SearchParams = { ...noSearch, q: "luonto", filters: { ...emptyFilters(), county: ["county-9"] } };
    const html = render([{ key: "county", options: counties(["county-9"]) }], 200, search);
    expect(checkboxes(html)).toEqual([1, 2, 3, 4, 5, 9].map((n) => `county=county-${n}`));
    expect(html).toContain('href="/fi/mallit?q=luonto&amp;county=county-9&amp;expand=county#filter-county"');
    expect(html).toContain(`aria-label="Näytä kaikki (12): ${fi.ModelsPage.facets.county}"`);
    expect(html).not.toMatch(/<details[^>]* open/);
  });

  it("shows every option of an expanded filter, keeps it expanded when the form is sent, and opens the panel", () => {
    const html = render([{ key: "county", options: counties() }], 200, noSearch, ["county"]);
    expect(checkboxes(html)).toHaveLength(12);
    expect(html).not.toContain("expand=county");
    expect(html).toContain('<input type="hidden" name="expand" value="county"/>');
    expect(html).toMatch(/<details class="filter-panel" open="">/);
  });

  it("shows one option more rather than a link to it", () => {
    const html = render([{ key: "county", options: counties().slice(0, 6) }], 200);
    expect(checkboxes(html)).toHaveLength(6);
    expect(html).not.toContain("expand=");
  });
});
