import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  evaluationFrameworksFileSchema,
  resolveResults,
  resultFacts,
  resultProblems,
  scaleOf,
  strengthenedDimensions,
} from "./evaluation-frameworks";

// The fixture's frameworks: THL's (strengthened / not-assessed) and a three-step one whose
// version "1" has a scale of its own (tests/fixtures/catalogue/README.md).
const frameworks = evaluationFrameworksFileSchema.parse(parse(readFileSync("tests/fixtures/catalogue/evaluation-frameworks.yaml", "utf8")));
const keys = (scale: ReturnType<typeof scaleOf>) => scale?.map((r) => r.key);

describe("evaluation frameworks", () => {
  it("gives a listed version its own scale, any other version the framework's, and no scale to an unknown framework", () => {
    expect(keys(scaleOf(frameworks, undefined, "2021"))).toEqual(["strengthened", "not-assessed"]);
    expect(keys(scaleOf(frameworks, "fixture-rating", "1"))).toEqual(["met", "not-met"]);
    expect(keys(scaleOf(frameworks, "fixture-rating", "2"))).toEqual(["clearly", "partly", "not-shown"]);
    expect(scaleOf(frameworks, "unknown", undefined)).toBeNull();
  });

  it("reads the shorthand, the given results and the default, and writes them back as short as they go", () => {
    const thl = scaleOf(frameworks, undefined, undefined)!;
    const results = resolveResults({ strengthens: ["common-good"] }, thl);
    expect(results).toEqual({ "own-life": "not-assessed", "communities-and-influencing": "not-assessed", "common-good": "strengthened" });
    expect(resultFacts(results, thl)).toEqual({ strengthens: ["common-good"] });

    const rating = scaleOf(frameworks, "fixture-rating", undefined)!;
    const rated = resolveResults({ strengthens: [], results: { "own-life": "partly", "common-good": "clearly" } }, rating);
    expect(rated["communities-and-influencing"]).toBe("not-shown");
    expect(strengthenedDimensions(rated, rating)).toEqual(["own-life", "common-good"]);
    expect(resultFacts(rated, rating)).toEqual({ strengthens: [], results: { "own-life": "partly", "common-good": "clearly" } });
  });

  it("names each wrong result at its field", () => {
    expect(resultProblems({ framework: "nope", strengthens: [] }, frameworks)).toEqual([
      { path: ["framework"], message: 'unknown framework "nope"; see evaluation-frameworks.yaml' },
    ]);
    const problems = resultProblems(
      { framework: "fixture-rating", frameworkVersion: "1", strengthens: ["own-life"], results: { "own-life": "met", "common-good": "partly" } },
      frameworks,
    );
    expect(problems.map((p) => p.path.join("."))).toEqual(["strengthens", "results.own-life", "results.common-good"]);
    expect(resultProblems({ strengthens: ["own-life"], results: { "common-good": "not-assessed" } }, frameworks)).toEqual([]);
  });

  it("refuses a scale without exactly one default or with a result twice", () => {
    const framework = (results: object[]) => [{ key: "x", fi: "x", sv: "x", en: "x", results }];
    const step = (key: string, extra = {}) => ({ key, fi: key, sv: key, en: key, ...extra });
    expect(evaluationFrameworksFileSchema.safeParse(framework([step("a"), step("b")])).success).toBe(false);
    expect(evaluationFrameworksFileSchema.safeParse(framework([step("a", { default: true }), step("a")])).success).toBe(false);
    expect(evaluationFrameworksFileSchema.safeParse(framework([step("a", { default: true }), step("b")])).success).toBe(true);
  });
});
