// content:check's promise: every problem names the file, the line and the field. The
// problems are made in copies of the fixture catalogue; the shipped content/ is checked for
// what must hold whatever its editors write.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentErrors } from "@/content/errors";
import { loadContent } from "@/content/load";
import { locales } from "@/domain/locale";
import { sectionKeys, sitePageKeys } from "@/domain/model";
import { copyCatalogue, editFile, lineOf, referenceModel } from "../support/content";

const modelDir = `models/${referenceModel}`;

async function problems(dir: string) {
  try {
    await loadContent(dir);
  } catch (error) {
    if (error instanceof ContentErrors) return error.errors;
    throw error;
  }
  throw new Error("expected content errors");
}

describe("the shipped content", () => {
  it("is valid, with every record in fi, sv and en and every site page", async () => {
    const catalogue = await loadContent("content");
    expect(catalogue.models.length).toBeGreaterThan(0);
    expect(catalogue.pages.map((p) => p.slug).sort()).toEqual([...sitePageKeys].sort());
    for (const record of [...catalogue.models, ...catalogue.themeArticles, ...catalogue.collections, ...catalogue.pages]) {
      expect(Object.keys(record.texts).sort(), record.sourcePath).toEqual([...locales].sort());
    }
  });

  it("describes every part of each full (not brief) model in every language", async () => {
    const catalogue = await loadContent("content");
    for (const model of catalogue.models.filter((m) => !m.facts.brief)) {
      for (const locale of locales) expect([...(model.texts[locale]?.sections.keys() ?? [])].sort(), `${model.slug} ${locale}`).toEqual([...sectionKeys].sort());
    }
  });

  it("says where a model evaluated elsewhere was evaluated", async () => {
    const catalogue = await loadContent("content");
    for (const model of catalogue.models.filter((m) => m.facts.evaluatedElsewhere)) expect(model.facts.sourceUrl, model.slug).toBeDefined();
  });
});

describe("loadContent", () => {
  it("requires the framework page to describe each participation dimension", async () => {
    const dir = await copyCatalogue();
    await editFile(dir, "pages/framework/sv.md", /^  common-good:/m, "  common-goods:");
    const found = await problems(dir);
    expect(found.map((p) => [p.file, p.field])).toContainEqual([join(dir, "pages/framework/sv.md"), "sections.common-good"]);
  });

  it("names file, line and field of an invalid date", async () => {
    const dir = await copyCatalogue();
    await editFile(dir, `${modelDir}/index.yaml`, /createdOn: .*/, "createdOn: 2021-13-45");
    const line = await lineOf(dir, `${modelDir}/index.yaml`, /^createdOn:/);
    const [problem] = await problems(dir);
    expect(problem).toMatchObject({ file: join(dir, modelDir, "index.yaml"), line, field: "createdOn" });
  });

  it("names the line of an unknown taxonomy key inside a list", async () => {
    const dir = await copyCatalogue();
    await editFile(dir, `${modelDir}/index.yaml`, /regions: \[satakunta\]/, "regions:\n  - satakunta\n  - atlantis");
    const line = await lineOf(dir, `${modelDir}/index.yaml`, /- atlantis/);
    const [problem] = await problems(dir);
    expect(problem).toMatchObject({ line, field: "regions.1" });
    expect(problem?.problem).toContain("atlantis");
  });

  it("names the line of an unknown county where a model is in use", async () => {
    const dir = await copyCatalogue();
    await editFile(dir, `${modelDir}/index.yaml`, /wellbeingServicesCounty: pohjanmaa/, "wellbeingServicesCounty: atlantis");
    const line = await lineOf(dir, `${modelDir}/index.yaml`, /wellbeingServicesCounty: atlantis/);
    const [problem] = await problems(dir);
    expect(problem).toMatchObject({ line, field: "inUse.0.wellbeingServicesCounty" });
    expect(problem?.problem).toContain("wellbeing-services-counties.yaml");
  });

  it("names the line of an unknown section heading in a locale file", async () => {
    const dir = await copyCatalogue();
    await editFile(dir, `${modelDir}/sv.md`, /^## tips$/m, "## tipsen");
    const line = await lineOf(dir, `${modelDir}/sv.md`, /^## tipsen$/);
    const [problem] = await problems(dir);
    expect(problem).toMatchObject({ file: join(dir, modelDir, "sv.md"), line, field: "sections" });
  });

  it("names a missing required field in front matter", async () => {
    const dir = await copyCatalogue();
    await editFile(dir, `${modelDir}/en.md`, /^shortDescription:.*\n(?:[ \t]+.*\n)*/m, "");
    const [problem] = await problems(dir);
    expect(problem).toMatchObject({ file: join(dir, modelDir, "en.md"), field: "shortDescription" });
  });

  it("reports YAML syntax errors with their line", async () => {
    const dir = await copyCatalogue();
    await writeFile(join(dir, "organisations.yaml"), "- key: a\n  name: A\n- key: [unclosed\n");
    const [problem] = await problems(dir);
    expect(problem?.file).toBe(join(dir, "organisations.yaml"));
    expect(problem?.line).toBeGreaterThanOrEqual(3);
    expect(problem?.field).toBe("(yaml)");
  });

  it("requires the Finnish text and reports every problem at once", async () => {
    const dir = await copyCatalogue();
    await rm(join(dir, modelDir, "fi.md"));
    await editFile(dir, "taxonomy/funders.yaml", /en: .*/, "en: ''");
    const found = await problems(dir);
    expect(found.map((p) => p.field)).toEqual(expect.arrayContaining(["(file)", "0.en"]));
  });

  it("names a stray folder in a model folder and a stray file among the models, instead of failing to read them", async () => {
    const dir = await copyCatalogue();
    await mkdir(join(dir, modelDir, "images"));
    await writeFile(join(dir, "models", "notes.txt"), "to do");
    await writeFile(join(dir, "models", ".DS_Store"), "");
    const found = await problems(dir);
    expect(found.map((p) => [p.file, p.field])).toEqual(
      expect.arrayContaining([
        [join(dir, modelDir, "images"), "(folder name)"],
        [join(dir, "models", "notes.txt"), "(file name)"],
      ]),
    );
    expect(found.some((p) => p.file.endsWith(".DS_Store"))).toBe(false);
  });
});
