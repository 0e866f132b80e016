import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentError } from "@/content/errors";
import { subfolders, Collector } from "@/content/folders";
import { knownKeys, loadContent } from "@/content/load";
import { modelFolderReader, type ModelFolders } from "@/content/model-folders";
import { readModelFoldersInWorkers } from "@/content/parallel-models";
import type { KnownKeys } from "@/content/known-keys";
import { writeGeneratedCatalogue } from "../../scripts/generate/catalogue";
import { fixtureCatalogue } from "../support/content";

let tmp: string;
let dir: string;
let slugs: string[];
let known: KnownKeys;

async function replaceIn(file: string, from: RegExp, to: string) {
  const source = await readFile(file, "utf8");
  if (!from.test(source)) throw new Error(`${file} does not match ${from}`);
  await writeFile(file, source.replace(from, to));
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "palaset-parallel-"));
  dir = join(tmp, "catalogue");
  await writeGeneratedCatalogue({ contentDir: fixtureCatalogue, outDir: dir, count: 420, seed: 11 });
  slugs = subfolders(join(dir, "models"), new Collector());
  const content = await loadContent(fixtureCatalogue);
  known = knownKeys(content.taxonomies, content.organisations.entries, content.collections, slugs, content.frameworks.entries);
  // Problems in the first and the third batch of 200 folders.
  await replaceIn(join(dir, "models", slugs[3] ?? "", "index.yaml"), /^state: .*$/m, "state: nonsense");
  await replaceIn(join(dir, "models", slugs[410] ?? "", "sv.md"), /^name: .*$/m, 'name: ""');
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe("readModelFoldersInWorkers", () => {
  it("reads the same models and problems, in the same order, as this thread", async () => {
    const here = await modelFolderReader(dir, known)(slugs);
    const batches: ModelFolders[] = [];
    for await (const batch of readModelFoldersInWorkers(dir, slugs, known, 2)) batches.push(batch);

    expect(batches).toHaveLength(3);
    expect(batches.flatMap((b) => b.models.map((m) => m.slug))).toEqual(here.models.map((m) => m.slug));
    expect(batches.flatMap((b) => b.models)).toEqual(here.models);
    const problems = batches.flatMap((b) => b.errors);
    expect(problems.every((p) => p instanceof ContentError)).toBe(true);
    expect(problems.map((p) => p.message)).toEqual(here.errors.map((p) => p.message));
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      [join(dir, "models", slugs[3] ?? "", "index.yaml"), 1, "state"],
      [join(dir, "models", slugs[410] ?? "", "sv.md"), 2, "name"],
    ]);
  });
});
