// Result scales as data: an evaluation made with another framework than THL's (the fixture's
// three-step "fixture-rating", tests/fixtures/catalogue/README.md) is checked against its
// scale, shown in its words, filtered by what counts as strengthening, given as open data and
// exported as written. On both databases.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogue, type Catalogue } from "@/catalogue";
import { ContentErrors } from "@/content/errors";
import { loadContent } from "@/content/load";
import { emptyFilters } from "@/search/params";
import { seedFolder } from "@/store/seed";
import { exportModels } from "../../scripts/lib/content-export";
import { copyCatalogue, editFile, lineOf, referenceModel } from "../support/content";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";

const index = `models/${referenceModel}/index.yaml`;
const rated = "    framework: fixture-rating\n    results:\n      own-life: partly\n      common-good: clearly\n";

/** The reference model's evaluation, made with the three-step framework instead of THL's. */
async function ratedCatalogue(results = rated) {
  const dir = await copyCatalogue();
  await editFile(dir, index, "    strengthens: [own-life, communities-and-influencing, common-good]\n", results);
  return dir;
}

describe("an evaluation's results in content files", () => {
  it("names file, line and field of a result that is not on its version's scale", async () => {
    const dir = await ratedCatalogue(rated.replace("framework: fixture-rating\n", 'framework: fixture-rating\n    frameworkVersion: "1"\n'));
    const error = await loadContent(dir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentErrors);
    const problems = (error as ContentErrors).errors.map((e) => [e.file, e.line, e.field]);
    expect(problems).toEqual([
      [join(dir, index), await lineOf(dir, index, /^ {6}own-life: partly/), "evaluations.0.results.own-life"],
      [join(dir, index), await lineOf(dir, index, /^ {6}common-good: clearly/), "evaluations.0.results.common-good"],
    ]);
  });

  it("refuses the shorthand on a scale without 'strengthened', and an unknown framework", async () => {
    const dir = await copyCatalogue();
    await editFile(dir, index, "    strengthens: [own-life", "    framework: fixture-rating\n    strengthens: [own-life");
    const shorthand = await loadContent(dir).catch((e: ContentErrors) => e.errors);
    expect(Array.isArray(shorthand) && shorthand.map((e) => e.field)).toEqual(["evaluations.0.strengthens"]);
    await editFile(dir, index, "framework: fixture-rating", "framework: no-such-framework");
    const unknown = await loadContent(dir).catch((e: ContentErrors) => e.errors);
    expect(Array.isArray(unknown) && unknown.map((e) => e.field)).toEqual(["evaluations.0.framework"]);
  });
});

describe.each(databaseKinds())("an evaluation with its own result scale (%s)", (kind) => {
  let database: SeededDatabase;
  let catalogue: Catalogue;
  let content: string;

  beforeAll(async () => {
    content = await ratedCatalogue();
    database = await seededDatabase(kind, content);
    catalogue = createCatalogue(database.db);
  });
  afterAll(() => database?.drop());

  it("shows each dimension's result in the reader's words and the framework's name", async () => {
    const [fi] = (await catalogue.getModelPage("fi", referenceModel))?.evaluations ?? [];
    expect(fi?.framework).toEqual({ name: "Kolmiportainen arviointi", version: null });
    expect(fi?.dimensions.map((d) => [d.key, d.result, d.strengthened])).toEqual([
      ["own-life", "vahvistuu osittain", true],
      ["communities-and-influencing", "ei näyttöä", false],
      ["common-good", "vahvistuu selvästi", true],
    ]);
    const [sv] = (await catalogue.getModelPage("sv", referenceModel))?.evaluations ?? [];
    expect(sv?.dimensions.map((d) => d.result)).toEqual(["stärks delvis", "inga belägg", "stärks tydligt"]);
  });

  const by = async (dimension: string) =>
    (await catalogue.searchModels("fi", { q: "", filters: { ...emptyFilters(), dimension: [dimension] }, sort: null, page: 1 })).hits.map((h) => h.slug);

  it("lets the dimension filter find the model by the results that count as strengthening", async () => {
    expect(await by("own-life")).toEqual([referenceModel]);
    expect(await by("common-good")).toEqual([referenceModel]);
    expect(await by("communities-and-influencing")).toEqual([]);
  });

  it("gives the framework and the result keys with their labels as open data", async () => {
    const [record] = (await catalogue.getModelEvaluations(referenceModel)) ?? [];
    expect(record?.framework).toBe("fixture-rating");
    expect(record?.dimensions.map((d) => [d.key, d.result, d.label.en])).toEqual([
      ["own-life", "partly", "partly strengthened"],
      ["communities-and-influencing", "not-shown", "no evidence"],
      ["common-good", "clearly", "clearly strengthened"],
    ]);
  });

  it("exports the framework and the results given, and leaves the default out", async () => {
    const out = await mkdtemp(join(tmpdir(), "palaset-frameworks-"));
    await exportModels(database.db, out);
    expect(await readFile(join(out, index), "utf8")).toContain(
      "    evaluatedOn: 2020-08-12\n    framework: fixture-rating\n    nextReviewOn: 2027-08-12\n    strengthens: []\n" +
        "    results:\n      own-life: partly\n      common-good: clearly\n    documents:\n",
    );
  });

  // Last: it changes the content folder.
  it("rewrites the model's filter values when its scale stops counting a result as strengthening", async () => {
    await editFile(content, "evaluation-frameworks.yaml", "      en: partly strengthened\n      strengthens: true\n", "      en: partly strengthened\n");
    const progress: { done: number; total: number }[] = [];
    const report = await seedFolder(database.db, content, { onProgress: (p) => progress.push(p) });
    expect(report.models.updated).toBe(1);
    expect(progress.at(-1)).toEqual({ done: report.models.unchanged + 1, total: report.models.unchanged + 1 });
    expect(await by("own-life")).toEqual([]);
    expect(await by("common-good")).toEqual([referenceModel]);
  });
});
