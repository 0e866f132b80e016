import { mkdtemp, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "@/content/load";
import { locales } from "@/domain/locale";
import { checkOutDir, GenerateRefusal, markerFile, pinnedVocabulary, writeGeneratedCatalogue } from "./catalogue";
import { generateModels, keysOf, type GeneratorKeys } from "./model";

// The fixture catalogue stands for the project's content folder: the generator takes its keys and guards it.
const contentDir = resolve("tests/fixtures/catalogue");
let tmp: string;
let keys: GeneratorKeys;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "palaset-generate-"));
  keys = keysOf(await loadContent(contentDir));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const snapshot = (seed: number, count = 20) => [...generateModels({ count, seed, keys })];

describe("writeGeneratedCatalogue", () => {
  it("writes a catalogue that the loader accepts", async () => {
    const out = join(tmp, "catalogue");
    await writeGeneratedCatalogue({ contentDir, outDir: out, count: 50, seed: 42 });
    const catalogue = await loadContent(out);
    expect(catalogue.models).toHaveLength(50);
    expect(catalogue.models.every((m) => m.texts.fi && m.texts.sv && m.texts.en)).toBe(true);

    const brief = catalogue.models.filter((m) => m.facts.brief);
    expect(brief.length).toBeGreaterThan(0);
    expect(brief.length).toBeLessThan(25);
    for (const model of brief) expect([...(model.texts.fi?.sections.keys() ?? [])]).toEqual(["basic-idea", "target-group"]);
    const full = catalogue.models.filter((m) => !m.facts.brief);
    expect(full.every((m) => m.texts.fi?.sections.size === 5)).toBe(true);
    expect(catalogue.models.some((m) => m.facts.evaluations.length === 1)).toBe(true);
  });

  it("overwrites its own earlier output but nothing else", async () => {
    const out = join(tmp, "again");
    await writeGeneratedCatalogue({ contentDir, outDir: out, count: 5, seed: 1 });
    await writeGeneratedCatalogue({ contentDir, outDir: out, count: 3, seed: 2 });
    expect(await readdir(join(out, "models"))).toHaveLength(3);
  });
});

describe("generateModels", () => {
  it("gives identical output for the same seed and different output for another", () => {
    expect(snapshot(42)).toEqual(snapshot(42));
    expect(snapshot(43)).not.toEqual(snapshot(42));
  });

  it("gives unique slugs and text in all three languages", () => {
    const models = snapshot(7, 500);
    expect(new Set(models.map((m) => m.slug)).size).toBe(500);
    const fi = models.map((m) => m.files.find((f) => f.name === "fi.md")?.content ?? "").join("\n");
    expect(fi).toMatch(/osallisuutta/);
    expect(models[0]?.files.map((f) => f.name)).toEqual(["index.yaml", "fi.md", "sv.md", "en.md"]);
  });
});

describe("checkOutDir", () => {
  it("refuses the content folder and anything inside it", () => {
    expect(() => checkOutDir(contentDir, contentDir)).toThrow(GenerateRefusal);
    expect(() => checkOutDir(join(contentDir, "models"), contentDir)).toThrow(GenerateRefusal);
    expect(() => checkOutDir(join(contentDir, "new", "deeper"), contentDir)).toThrow(GenerateRefusal);
    expect(() => checkOutDir(resolve("."), contentDir)).toThrow(GenerateRefusal);
  });

  it("refuses a non-empty folder it did not make, and accepts a new or its own", async () => {
    const foreign = join(tmp, "foreign");
    await mkdir(foreign);
    await writeFile(join(foreign, "notes.txt"), "mine");
    expect(() => checkOutDir(foreign, contentDir)).toThrow(/not empty/);

    expect(checkOutDir(join(tmp, "fresh"), contentDir).overwrite).toBe(false);
    const own = join(tmp, "own");
    await mkdir(own);
    await writeFile(join(own, markerFile), "");
    expect(checkOutDir(own, contentDir).overwrite).toBe(true);
  });
});

describe("pinnedVocabulary", () => {
  it("gives each language's word list: thousands of distinct lower-case words of four letters or more", () => {
    const vocabulary = pinnedVocabulary();
    for (const locale of locales) {
      const words = vocabulary[locale];
      expect(words.length, locale).toBeGreaterThan(1000);
      expect(new Set(words).size, locale).toBe(words.length);
      expect(words.filter((word) => !/^\p{Ll}{4,}$/u.test(word)), locale).toEqual([]);
    }
  });

  it("is what a generated catalogue's long tails are drawn from", async () => {
    const out = join(tmp, "tails");
    await writeGeneratedCatalogue({ contentDir, outDir: out, count: 20, seed: 7 });
    const catalogue = await loadContent(out);
    const known = new Set(pinnedVocabulary().fi);
    const texts = catalogue.models.map((m) => [...(m.texts.fi?.sections.values() ?? [])].join(" ").toLowerCase());
    // Each model's Finnish text has words of the list beyond the phrase banks' few.
    for (const text of texts) expect((text.match(/\p{L}{4,}/gu) ?? []).filter((word) => known.has(word)).length).toBeGreaterThan(5);
  });
});
