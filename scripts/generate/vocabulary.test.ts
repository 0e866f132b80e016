import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mulberry32 } from "./random";
import { benchmarkQueries, readVocabulary, zipfSampler } from "./vocabulary";

const tmp = mkdtempSync(join(tmpdir(), "palaset-vocabulary-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the long tail's vocabulary", () => {
  it("ranks the real texts' words by frequency, without the common ones and the messages' ICU syntax", () => {
    const content = join(tmp, "content");
    mkdirSync(join(content, "models", "a"), { recursive: true });
    writeFileSync(join(content, "models", "a", "fi.md"), "---\nname: Kissa\n---\nkissa kissa koira lintu, kissa lintu\n");
    const messages = join(tmp, "messages");
    mkdirSync(messages);
    for (const locale of ["fi", "sv", "en"]) writeFileSync(join(messages, `${locale}.json`), JSON.stringify({ a: { b: "{count, plural, one {# malli} other {# mallia}}" } }));
    const empty = new Set<string>();
    const vocabulary = readVocabulary(content, messages, { fi: new Set(["koira"]), sv: empty, en: empty });
    expect(vocabulary.fi).toEqual(["kissa", "lintu", "malli", "mallia"]);
    expect(vocabulary.sv).toEqual(["malli", "mallia"]);
  });

  it("draws low ranks more often than high ones, never outside the list", () => {
    const draw = zipfSampler(100);
    const rng = mulberry32(3);
    const counts = new Array<number>(100).fill(0);
    for (let i = 0; i < 50_000; i++) counts[draw(rng)]! += 1;
    expect(counts.reduce((a, b) => a + b)).toBe(50_000);
    expect(counts[0]).toBeGreaterThan(counts[9]! * 3);
    expect(counts[9]).toBeGreaterThan(counts[99]! * 3);
    expect(counts[99]).toBeGreaterThan(0);
  });

  it("gives the same distinct queries for the same seed", () => {
    const words = Array.from({ length: 500 }, (_, i) => `sana${i}`);
    const queries = benchmarkQueries(words, 300, mulberry32(7));
    expect(new Set(queries).size).toBe(300);
    expect(queries.some((q) => q.includes(" "))).toBe(true);
    expect(benchmarkQueries(words, 300, mulberry32(7))).toEqual(queries);
  });
});
