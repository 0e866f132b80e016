// The search table (SearchEntry) is written by the database's triggers, never by the app (see
// the migration search_entries). Whatever writes the models or their translations (a seed, a
// re-seed of a changed file, an editor's publish, a withdrawal, a psql session), the table must
// then hold exactly what writeSearchEntries makes from the live rows, and the search must see
// the change. Checked on both databases after each kind of write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { Prisma } from "@/generated/prisma/client";
import { seedFolder } from "@/store/seed";
import { copyCatalogue, editFile, referenceModel } from "../support/content";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";

type Entry = {
  modelId: string;
  locale: string;
  translationId: string;
  slug: string;
  name: string;
  updatedAt: string;
  facetKeys: string[];
  words: string;
  head: string;
};

const entriesSql = Prisma.sql`
  SELECT "modelId"::text, locale::text, "translationId"::text, slug, name, "updatedAt"::text, "facetKeys", words::text, head::text
  FROM "SearchEntry" ORDER BY locale, "modelId"`;

class RolledBack extends Error {}

/** The search rows now, and as writeSearchEntries would write them anew from the live rows. */
async function entriesAndRewritten(db: Db): Promise<{ now: Entry[]; rewritten: Entry[] }> {
  const now = await db.$queryRaw<Entry[]>(entriesSql);
  let rewritten: Entry[] = [];
  await db
    .$transaction(async (tx) => {
      await tx.$executeRaw`SELECT "writeSearchEntries"(ARRAY(SELECT id FROM "PracticeModel"))`;
      rewritten = await tx.$queryRaw<Entry[]>(entriesSql);
      throw new RolledBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return { now, rewritten };
}

describe.each(databaseKinds())("search entries (%s)", (kind) => {
  let database: SeededDatabase;
  let contentDir: string;

  beforeAll(async () => {
    contentDir = await copyCatalogue();
    database = await seededDatabase(kind, contentDir);
  });
  afterAll(() => database?.drop());

  const db = () => database.db;
  const modelId = async (slug: string) => (await db().practiceModel.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  const entriesOf = async (slug: string) => (await entriesAndRewritten(db())).now.filter((e) => e.slug === slug);
  const expectInStep = async () => {
    const { now, rewritten } = await entriesAndRewritten(db());
    expect(now.length).toBeGreaterThan(0);
    expect(now).toEqual(rewritten);
  };

  it("holds one row per published model and reader's language after a seed, drafts none", async () => {
    await expectInStep();
    const published = await db().practiceModel.count({ where: { state: "PUBLISHED" } });
    expect(published).toBeGreaterThan(5);
    expect((await entriesAndRewritten(db())).now).toHaveLength(published * 3);
    expect(await entriesOf("luonnosmalli")).toEqual([]);
  });

  it("leaves a model's rows as they are when only its bookkeeping changes, and copies a new date", async () => {
    const id = await modelId("tarinapiiri");
    // xmin changes whenever a row is written again.
    const versions = async () =>
      (await db().$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM "SearchEntry" WHERE "modelId" = ${id}::uuid ORDER BY locale`).map((r) => r.xmin);
    const before = await versions();
    expect(before).toHaveLength(3);
    await db().$executeRaw`UPDATE "PracticeModel" SET version = version + 1, "folderStamp" = 'touched' WHERE id = ${id}::uuid`;
    expect(await versions()).toEqual(before);
    await db().$executeRaw`UPDATE "PracticeModel" SET "updatedAt" = '2026-01-02 03:04:05' WHERE id = ${id}::uuid`;
    expect((await entriesOf("tarinapiiri")).map((e) => e.updatedAt)).toEqual(Array(3).fill("2026-01-02 03:04:05"));
    await expectInStep();
  });

  it("gives a reader without their own translation the model's source text", async () => {
    const translations = await db().modelTranslation.findMany({ where: { model: { slug: "tarinapiiri" } }, select: { id: true, locale: true } });
    const finnish = translations.find((t) => t.locale === "fi")?.id;
    const swedish = (await entriesOf("tarinapiiri")).find((e) => e.locale === "sv");
    expect(finnish).toBeDefined();
    expect(swedish?.translationId).toBe(finnish);
  });

  it("follows a renamed translation, a deleted one, and changed filter values", async () => {
    const id = await modelId(referenceModel);
    await db().modelTranslation.update({ where: { modelId_locale: { modelId: id, locale: "fi" } }, data: { name: "Vapautuvien kohtaamispaikka Porissa" } });
    expect((await entriesOf(referenceModel)).find((e) => e.locale === "fi")?.name).toBe("Vapautuvien kohtaamispaikka Porissa");
    await expectInStep();

    await db().modelTranslation.delete({ where: { modelId_locale: { modelId: id, locale: "en" } } });
    const english = (await entriesOf(referenceModel)).find((e) => e.locale === "en");
    expect(english?.name).toBe("Vapautuvien kohtaamispaikka Porissa");
    await expectInStep();

    await db().$executeRaw`UPDATE "PracticeModel" SET "facetKeys" = array_append("facetKeys", 'theme:culture') WHERE id = ${id}::uuid`;
    expect((await entriesOf(referenceModel)).every((e) => e.facetKeys.includes("theme:culture"))).toBe(true);
    await expectInStep();
  });

  it("drops a withdrawn or deleted model and brings back a republished one", async () => {
    const id = await modelId("pelipaja");
    await db().practiceModel.update({ where: { id }, data: { state: "ARCHIVED" } });
    expect(await entriesOf("pelipaja")).toEqual([]);
    await expectInStep();

    await db().practiceModel.update({ where: { id }, data: { state: "PUBLISHED" } });
    expect(await entriesOf("pelipaja")).toHaveLength(3);
    await expectInStep();

    await db().practiceModel.delete({ where: { slug: "kaavapaja" } });
    expect(await entriesOf("kaavapaja")).toEqual([]);
    await expectInStep();
  });

  it("follows a re-seed of a changed file", async () => {
    await editFile(contentDir, "models/nuorisosirkus/fi.md", "name: Sosiaalinen sirkus nuorille", "name: Sirkuskoulu nuorille");
    await seedFolder(db(), contentDir, { force: true });
    expect((await entriesOf("nuorisosirkus")).find((e) => e.locale === "fi")?.name).toBe("Sirkuskoulu nuorille");
    await expectInStep();
  });
});
