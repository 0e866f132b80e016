import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { evaluationFrameworksFileSchema } from "@/domain/evaluation-frameworks";
import { readEvaluationForm } from "./evaluation-form";

const frameworks = evaluationFrameworksFileSchema.parse(parse(readFileSync("tests/fixtures/catalogue/evaluation-frameworks.yaml", "utf8")));
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries({ baseRevision: "1", evaluator: "arviointikeskus", ...fields })) data.set(name, value);
  return data;
};

describe("readEvaluationForm", () => {
  it("writes THL's results as the shorthand and leaves the framework and the defaults out", () => {
    const read = readEvaluationForm(form({ framework: "thl-participation", "results.own-life": "strengthened", "results.common-good": "not-assessed" }), null, frameworks);
    expect(read.ok && read.draft.facts).toMatchObject({ strengthens: ["own-life"] });
    expect(read.ok && read.draft.facts).not.toHaveProperty("framework");
    expect(read.ok && read.draft.facts.results).toBeUndefined();
  });

  it("keeps another framework's results by key, on the scale of the version given", () => {
    const read = readEvaluationForm(form({ framework: "fixture-rating", frameworkVersion: "1", "results.own-life": "met", "results.common-good": "not-met" }), null, frameworks);
    expect(read.ok && read.draft.facts).toMatchObject({ framework: "fixture-rating", frameworkVersion: "1", strengthens: [], results: { "own-life": "met" } });
  });

  it("refuses an unknown framework and a result off the scale, naming the field", () => {
    expect(readEvaluationForm(form({ framework: "nope" }), null, frameworks)).toEqual({ ok: false, field: "framework", message: "unknownFramework" });
    expect(readEvaluationForm(form({ framework: "fixture-rating", frameworkVersion: "1", "results.common-good": "clearly" }), null, frameworks)).toEqual({
      ok: false,
      field: "results.common-good",
      message: "notOnScale",
    });
    expect(readEvaluationForm(form({ "results.own-life": "<script>" }), null, frameworks)).toMatchObject({ ok: false, field: "results.own-life" });
  });
});
