import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { emptyFilters, type SearchParams } from "@/search/params";
import type { Facet, SearchResult } from "@/search/types";
import fi from "../../../messages/fi.json";
import { renderWithMessages } from "../../../tests/support/render";
import { FacetFilters } from "./FacetFilters";

const option = (value: string, count: number, selected = false) => ({ value, label: value, count, selected });

function render(facets: Facet[], total: number, search: SearchParams = { q: "", filters: emptyFilters(), sort: null, page: 1 }) {
  const result: SearchResult = { total, page: 1, pageCount: 1, sort: "updated", hits: [], facets, unknownValues: [], suggestions: [] };
  return renderWithMessages(createElement(FacetFilters, { base: { pathname: "/models" }, search, result }));
}

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
});
