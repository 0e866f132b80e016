import { describe, expect, it } from "vitest";
import { maxQueryLength, parseCatalogueQuery } from "./catalogue-query";

describe("parseCatalogueQuery", () => {
  it("trims and collapses whitespace", () => {
    expect(parseCatalogueQuery({ q: "  vankila   tausta " }).q).toBe("vankila tausta");
  });
  it("takes the first of repeated parameters", () => {
    expect(parseCatalogueQuery({ q: ["sirkus", "luonto"] }).q).toBe("sirkus");
  });
  it("cuts a long query", () => {
    expect(parseCatalogueQuery({ q: "ä".repeat(5000) }).q).toHaveLength(maxQueryLength);
  });
  it("treats a missing query as empty and ignores unknown parameters", () => {
    expect(parseCatalogueQuery({ page: "abc", foo: "bar" })).toEqual({ q: "" });
  });
});
