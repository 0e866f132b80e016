import { describe, expect, it } from "vitest";
import { effectiveSort, maxQueryLength, parseSearchParams, serializeSearch, splitSnippet } from "./search-params";

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe("parseSearchParams", () => {
  it("reads query, filters, sort and page", () => {
    const { search, problems } = parse("q=  vankila   tausta &theme=nature&theme=culture&evaluated=yes&sort=name&page=2");
    expect(problems).toEqual([]);
    expect(search).toMatchObject({ q: "vankila tausta", sort: "name", page: 2 });
    expect(search.filters.theme).toEqual(["nature", "culture"]);
    expect(search.filters.evaluated).toEqual(["yes"]);
  });

  it("turns control characters into spaces", () => {
    expect(parse("q=a%00b%02c").search.q).toBe("a b c");
  });

  it("cuts a long query to 200 characters", () => {
    expect(parse(`q=${"ä".repeat(5000)}`).search.q).toHaveLength(maxQueryLength);
  });

  it.each(["page=0", "page=-1", "page=abc", "page=1.5", "page=99999999999999999999"])("normalizes %s to page 1 and reports it", (q) => {
    const { search, problems } = parse(q);
    expect(search.page).toBe(1);
    expect(problems.map((p) => p.param)).toEqual(["page"]);
  });

  it("drops malformed filter values, unknown sorts and unknown parameters, and reports each", () => {
    const { search, problems } = parse("theme=Not%20A%20Key&dimension=everything&lang=de&sort=random&foo=1&q=a&q=b");
    expect(search.filters.theme).toEqual([]);
    expect(search.filters.dimension).toEqual([]);
    expect(search.sort).toBeNull();
    expect(search.q).toBe("a");
    expect(problems.map((p) => p.param).sort()).toEqual(["dimension", "foo", "lang", "q", "sort", "theme"]);
  });
});

describe("search state", () => {
  it("sorts by relevance with a query and by update time without", () => {
    expect(effectiveSort(parse("q=x").search)).toBe("relevance");
    expect(effectiveSort(parse("").search)).toBe("updated");
    expect(effectiveSort(parse("sort=relevance").search)).toBe("updated");
  });

  it("round-trips through the URL, leaving defaults out", () => {
    const { search } = parse("q=sirkus&theme=nature&page=3");
    const toggled = { ...search, filters: { ...search.filters, theme: ["nature", "culture"] }, page: 1 };
    expect(serializeSearch(toggled).toString()).toBe("q=sirkus&theme=nature&theme=culture");
    expect(parse(serializeSearch(toggled).toString()).search).toEqual(toggled);
  });
});

describe("splitSnippet", () => {
  it("separates marked words and keeps markup as text", () => {
    expect(splitSnippet("a <b> \u0002sirkus\u0003 c")).toEqual([
      { text: "a <b> ", marked: false },
      { text: "sirkus", marked: true },
      { text: " c", marked: false },
    ]);
  });
});
