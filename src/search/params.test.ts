import { describe, expect, it } from "vitest";
import { effectiveSort, expandedFilters, maxQueryLength, maxValuesPerFilter, parseSearchLenient, parseSearchStrict, serializeSearch } from "./params";
import { plainSnippet, splitSnippet } from "./snippet";

const lenient = (query: string) => parseSearchLenient(new URLSearchParams(query));
const problems = (query: string) => {
  const result = parseSearchStrict(new URLSearchParams(query));
  return result.ok ? [] : result.problems;
};

describe("search parameters", () => {
  it("reads query, filters, sort and page, in both modes alike", () => {
    const query = "q=  vankila   tausta &theme=nature&theme=culture&evaluated=yes&sort=name&page=2";
    const strict = parseSearchStrict(new URLSearchParams(query));
    expect(strict.ok && strict.search).toEqual(lenient(query));
    expect(lenient(query)).toMatchObject({ q: "vankila tausta", sort: "name", page: 2 });
    expect(lenient(query).filters).toMatchObject({ theme: ["nature", "culture"], evaluated: ["yes"], group: [] });
  });

  it("reads where a model is in use as a filter of its own, beside the county it was made for", () => {
    const query = "county=satakunta&inuse=pohjanmaa&inuse=ita-uusimaa";
    expect(lenient(query).filters).toMatchObject({ county: ["satakunta"], inuse: ["pohjanmaa", "ita-uusimaa"] });
    expect(serializeSearch(lenient(query)).toString()).toBe(query);
    expect(problems("inuse=Pohjanmaa")).toEqual([{ param: "inuse", value: "Pohjanmaa", message: "not a valid value" }]);
  });

  it("turns control characters into spaces and keeps a repeated value once", () => {
    expect(lenient("q=a%00b%02c").q).toBe("a b c");
    expect(lenient("theme=nature&theme=nature").filters.theme).toEqual(["nature"]);
  });

  it("cuts a long query to 200 characters", () => {
    expect(lenient(`q=${"ä".repeat(5000)}`).q).toHaveLength(maxQueryLength);
  });

  it.each(["page=0", "page=-1", "page=abc", "page=1.5", "page=99999999999999999999", "page=", "page=x&page=y"])(
    "normalizes %s to page 1, and the strict reading reports it",
    (query) => {
      expect(lenient(query).page).toBe(1);
      expect(problems(query).map((p) => p.param)).toEqual(["page"]);
      expect(problems(query)[0]?.message).toMatch(/whole number|once/);
    },
  );

  it("drops malformed filter values, unknown sorts and unknown parameters, and the strict reading names each", () => {
    const query = "theme=Not%20A%20Key&theme=nature&dimension=everything&lang=de&sort=random&foo=1&q=a&q=b";
    expect(lenient(query)).toMatchObject({ q: "a", sort: null, filters: { theme: ["nature"], dimension: [], lang: [] } });
    expect(problems(query).map((p) => [p.param, p.value]).sort()).toEqual([
      ["dimension", "everything"],
      ["foo", "1"],
      ["lang", "de"],
      ["q", "a,b"],
      ["sort", "random"],
      ["theme", "Not A Key"],
    ]);
  });

  it("takes at most 20 values of one filter: the API refuses more, a page keeps the first 20", () => {
    const themes = Array.from({ length: 25 }, (_, i) => `theme-${i}`);
    const query = themes.map((theme) => `theme=${theme}`).join("&");
    expect(lenient(query).filters.theme).toEqual(themes.slice(0, maxValuesPerFilter));
    expect(problems(query)).toEqual([{ param: "theme", value: themes.join(","), message: "at most 20 values" }]);
    expect(problems(themes.slice(0, 20).map((theme) => `theme=${theme}`).join("&"))).toEqual([]);
  });

  it("keeps the first of a value given twice where one is expected", () => {
    expect(lenient("sort=name&sort=updated").sort).toBe("name");
    expect(problems("sort=name&sort=updated")).toEqual([{ param: "sort", value: "name,updated", message: "give it once" }]);
  });
});

describe("expanded filters", () => {
  it("names filters only, each once; the search itself ignores the parameter", () => {
    const params = new URLSearchParams("q=luonto&expand=county&expand=nope&expand=county&expand=theme");
    expect(expandedFilters(params)).toEqual(["county", "theme"]);
    expect(parseSearchLenient(params).q).toBe("luonto");
    expect(parseSearchStrict(params)).toMatchObject({ ok: false, problems: [{ param: "expand", message: "unknown parameter" }] });
  });
});

describe("search state", () => {
  it("sorts by relevance with a query and by update time without", () => {
    expect(effectiveSort(lenient("q=x"))).toBe("relevance");
    expect(effectiveSort(lenient(""))).toBe("updated");
    expect(effectiveSort(lenient("sort=relevance"))).toBe("updated");
  });

  it("round-trips through the URL, leaving defaults out", () => {
    const search = lenient("q=sirkus&theme=nature&page=3");
    const toggled = { ...search, filters: { ...search.filters, theme: ["nature", "culture"] }, page: 1 };
    expect(serializeSearch(toggled).toString()).toBe("q=sirkus&theme=nature&theme=culture");
    expect(lenient(serializeSearch(toggled).toString())).toEqual(toggled);
  });
});

describe("snippets", () => {
  it("separates marked words and keeps markup as text", () => {
    const snippet = "a <b> \u0002sirkus\u0003 c";
    expect(splitSnippet(snippet)).toEqual([
      { text: "a <b> ", marked: false },
      { text: "sirkus", marked: true },
      { text: " c", marked: false },
    ]);
    expect(plainSnippet(snippet)).toBe("a <b> sirkus c");
  });
});
