// A catalogue read on worker threads and written batch by batch while it is read, as 10,000
// models are, here with a few dozen in small batches: what is stored equals what the loader
// reads, and a problem in a later batch rolls back the batches already written.
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentErrors } from "@/content/errors";
import { loadContent, type Catalogue } from "@/content/load";
import type { ReadingPlan } from "@/content/parallel-models";
import type { Db } from "@/db/client";
import { seedFolder } from "@/store/seed";
import { writeGeneratedCatalogue } from "../../scripts/generate/catalogue";
import { editFile, fixtureCatalogue } from "../support/content";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";

const reading: ReadingPlan = { workerThreshold: 10, batchSize: 8 };
const count = 30;

async function storedTexts(db: Db) {
  const translations = await db.modelTranslation.findMany({
    select: { locale: true, name: true, searchText: true, model: { select: { slug: true } }, sections: { select: { kind: true, body: true } } },
  });
  return new Map(translations.map((t) => [`${t.model.slug}/${t.locale}`, t]));
}

let tmp: string;
let dir: string;
let catalogue: Catalogue;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "palaset-seed-stream-"));
  dir = join(tmp, "catalogue");
  await writeGeneratedCatalogue({ contentDir: fixtureCatalogue, outDir: dir, count, seed: 5 });
  catalogue = await loadContent(dir);
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe.each(databaseKinds())("seeding a large catalogue (%s)", (kind) => {
  let database: SeededDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await seededDatabase(kind, dir, { reading });
    db = database.db;
  });
  afterAll(() => database?.drop());

  it("stores every model as the loader reads it, and a second run changes nothing", async () => {
    expect(database.report.models).toMatchObject({ created: count, updated: 0 });
    const stored = await storedTexts(db);
    expect(stored.size).toBe(catalogue.models.reduce((n, m) => n + Object.keys(m.texts).length, 0));
    for (const model of catalogue.models) {
      for (const [locale, text] of Object.entries(model.texts)) {
        const row = stored.get(`${model.slug}/${locale}`);
        expect(row?.name, model.slug).toBe(text.name);
        expect(row?.searchText, model.slug).toContain(text.plainText);
        expect(row?.sections.map((s) => s.body).sort(), model.slug).toEqual([...text.sections.values()].sort());
      }
    }
    expect((await seedFolder(db, dir, { reading })).models).toMatchObject({ created: 0, updated: 0, unchanged: count, archived: 0 });
  });

  it("reports the problems of every later batch and rolls back the batches already written", async () => {
    const copy = join(tmp, `broken-${kind}`);
    await cp(dir, copy, { recursive: true });
    // Models are read in batches of 8: a change in the first, problems in the second and last.
    const slugs = (await readdir(join(copy, "models"))).sort();
    const [changed, broken, last] = [slugs[0], slugs[12], slugs[count - 1]];
    await editFile(copy, `models/${changed}/fi.md`, /^name: .*$/m, "name: Muutettu nimi");
    await editFile(copy, `models/${broken}/index.yaml`, /^state: .*$/m, "state: nonsense");
    await editFile(copy, `models/${last}/en.md`, /^name: .*$/m, 'name: ""');

    const error = await seedFolder(db, copy, { reading }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentErrors);
    const problems = error instanceof ContentErrors ? error.errors : [];
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      [join(copy, "models", broken ?? "", "index.yaml"), 1, "state"],
      [join(copy, "models", last ?? "", "en.md"), 2, "name"],
    ]);
    const stored = await db.modelTranslation.findFirstOrThrow({ where: { locale: "fi", model: { slug: changed } } });
    expect(stored.name).not.toBe("Muutettu nimi");
  });
});
