// The seed's promises: everything in one transaction, a second run changes nothing, and a
// broken file or a failure half-way leaves the database exactly as it was.
import { utimesSync } from "node:fs";
import { appendFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentErrors } from "@/content/errors";
import { loadContent } from "@/content/load";
import type { Db } from "@/db/client";
import { archiveModelsNotIn } from "@/store/models";
import { seedCatalogue, seedFolder } from "@/store/seed";
import { zero } from "@/store/upsert";
import { copyCatalogue, editFile, fixtureCatalogue, referenceModel } from "../support/content";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";

/** Everything a seed could change, in a comparable form. */
async function snapshot(db: Db) {
  return {
    models: await db.practiceModel.findMany({
      orderBy: { slug: "asc" },
      include: { translations: { orderBy: { locale: "asc" }, include: { sections: { orderBy: { kind: "asc" } } } }, terms: true },
    }),
    terms: await db.taxonomyTerm.count(),
    labels: await db.taxonomyLabel.count(),
    evaluations: await db.evaluation.findMany({ include: { dimensions: true, documents: true } }),
    articles: await db.themeArticle.findMany({ include: { translations: true, models: true, references: true } }),
    collections: await db.collection.findMany({ include: { translations: true } }),
  };
}

describe.each(databaseKinds())("seed (%s)", (kind) => {
  let database: SeededDatabase;
  let db: Db;
  const seed = (contentDir = fixtureCatalogue) => seedFolder(db, contentDir);

  beforeAll(async () => {
    database = await seededDatabase(kind);
    db = database.db;
  });
  afterAll(() => database?.drop());

  it("loads the whole catalogue", async () => {
    const { report } = database;
    expect(report.models).toEqual({ created: 10, updated: 0, unchanged: 0, archived: 0, conflicts: [] });
    expect(report.sitePages.created).toBe(4);
    const model = await db.practiceModel.findUniqueOrThrow({
      where: { slug: referenceModel },
      include: { translations: { include: { sections: true } }, evaluations: { include: { dimensions: true, documents: true } } },
    });
    expect(model.state).toBe("PUBLISHED");
    expect(model.translations.map((t) => t.locale).sort()).toEqual(["en", "fi", "sv"]);
    for (const translation of model.translations) expect(translation.sections).toHaveLength(5);
    expect(model.evaluations[0]?.dimensions.every((d) => d.result === "strengthened")).toBe(true);
    expect(model.evaluations[0]?.documents[0]?.sizeBytes).toBe(830464);
    expect(await db.practiceModel.count({ where: { state: "DRAFT" } })).toBe(1);
  });

  it("changes nothing when run again", async () => {
    const before = await snapshot(db);
    const report = await seed();
    for (const counts of Object.values(report)) {
      expect(counts.created + counts.updated + counts.archived).toBe(0);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it("skips unread a model folder whose files are as last seeded, and reads it when a file or what it names changes", async () => {
    const dir = await copyCatalogue();
    const file = join(dir, "models", referenceModel, "fi.md");
    const lastMonth = new Date("2026-11-01T12:00:00Z");
    utimesSync(file, lastMonth, lastMonth);
    const updatedAt = async () => (await db.practiceModel.findUniqueOrThrow({ where: { slug: referenceModel } })).updatedAt;
    const dated = await updatedAt();
    expect((await seed(dir)).models).toMatchObject({ created: 0, updated: 0, unchanged: 10 });
    // The folders were restamped (a copy has new times), the models not changed: their dates stay.
    expect(await updatedAt()).toEqual(dated);

    // Broken, but with the size and time it had: not read, so its problem goes unseen.
    await editFile(dir, `models/${referenceModel}/fi.md`, /^name: /m, "nome: ");
    utimesSync(file, lastMonth, lastMonth);
    expect((await seed(dir)).models).toMatchObject({ updated: 0, unchanged: 10 });

    const filesWithProblems = async () => new Set(((await seed(dir).catch((e: unknown) => e)) as ContentErrors).errors?.map((e) => e.file));
    // Its time changes: it is read.
    const now = new Date();
    utimesSync(file, now, now);
    expect(await filesWithProblems()).toEqual(new Set([file]));
    // Or what every model is read against changes (a taxonomy): every folder is read.
    utimesSync(file, lastMonth, lastMonth);
    await appendFile(join(dir, "taxonomy", "themes.yaml"), "# a comment changes the file\n");
    expect(await filesWithProblems()).toEqual(new Set([file]));
    await seed(); // back to the fixture as it is
  });

  it("updates a changed model and bumps its version", async () => {
    const dir = await copyCatalogue();
    await editFile(dir, `models/${referenceModel}/sv.md`, /^name: .*/m, "name: Ett nytt namn");
    const report = await seed(dir);
    expect(report.models).toMatchObject({ updated: 1, created: 0 });
    const sv = await db.modelTranslation.findFirstOrThrow({ where: { locale: "sv", model: { slug: referenceModel } }, include: { model: true } });
    expect(sv.name).toBe("Ett nytt namn");
    expect(sv.model.version).toBe(2);
    expect(sv.model.updatedAt.getTime()).toBeGreaterThan(sv.model.createdAt.getTime());
    await seed(); // back to the fixture as it is
  });

  it("aborts on a broken file with its location and leaves the database as it was", async () => {
    const before = await snapshot(db);
    const dir = await copyCatalogue();
    await editFile(dir, `models/${referenceModel}/fi.md`, /^name: .*/m, "name: Muutettu nimi");
    await editFile(dir, `models/${referenceModel}/index.yaml`, /developmentStage: .*/, "developmentStage: 12");
    const error = await seed(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentErrors);
    expect(String(error)).toContain(`${join(dir, "models", referenceModel, "index.yaml")}:`);
    expect(String(error)).toContain("developmentStage");
    expect(await snapshot(db)).toEqual(before);
  });

  it("rolls back every write when the seed fails half-way", async () => {
    const before = await snapshot(db);
    const dir = await copyCatalogue();
    await editFile(dir, `models/${referenceModel}/fi.md`, /^name: .*/m, "name: Muutettu nimi");
    const catalogue = await loadContent(dir);
    // Models are written before theme articles; break an article so the seed fails after
    // the model change.
    const article = catalogue.themeArticles[0];
    if (!article) throw new Error("the content has no theme article");
    article.facts.theme = "no-such-theme";
    article.hash = "changed";
    await expect(seedCatalogue(db, catalogue)).rejects.toThrow(/no-such-theme/);
    expect(await snapshot(db)).toEqual(before);
  });

  it("archives a model whose folder was removed", async () => {
    const dir = await copyCatalogue();
    await rm(join(dir, "models", referenceModel), { recursive: true });
    await editFile(dir, "themes/luovat-menetelmat/index.yaml", `  - ${referenceModel}\n`, "");
    const report = await seed(dir);
    expect(report.models.archived).toBe(1);
    expect((await db.practiceModel.findUniqueOrThrow({ where: { slug: referenceModel } })).state).toBe("ARCHIVED");
    await seed();
    expect((await db.practiceModel.findUniqueOrThrow({ where: { slug: referenceModel } })).state).toBe("PUBLISHED");
  });

  it("archives against a catalogue of more folders than a statement has parameters (65,535)", async () => {
    const stored = (await db.practiceModel.findMany({ where: { origin: "CONTENT_FILE" }, select: { slug: true } })).map((m) => m.slug);
    const others = Array.from({ length: 70_000 }, (_, i) => `other-model-${i}`);
    const counts = zero();
    // Rolled back: only the count is wanted, the catalogue stays as seeded.
    await expect(
      db.$transaction(async (tx) => {
        await archiveModelsNotIn(tx, [...stored, ...others], counts);
        expect(counts.archived).toBe(0);
        await archiveModelsNotIn(tx, [...stored.filter((slug) => slug !== referenceModel), ...others], counts);
        expect(counts.archived).toBe(1);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect((await db.practiceModel.findUniqueOrThrow({ where: { slug: referenceModel } })).state).toBe("PUBLISHED");
  });
});
