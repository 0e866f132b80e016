// The model page query: every part of a description, in the reader's language, with the
// Finnish text (marked as such) when a translation is missing; drafts stay hidden.
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateAndSeed } from "@/content/sync";
import { createDb } from "@/db/client";
import { sectionKeys } from "@/domain/model";
import { getModelPage, listModelCards } from "@/queries/models";
import { copyContent, referenceModel } from "../support/content";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases";

describe.each(databaseKinds())("model queries (%s)", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const dir = await copyContent();
    await rm(join(dir, "models", referenceModel, "sv.md"));
    await migrateAndSeed(database.url, database.poolSize, dir);
    globalThis.palasetDb = createDb(database.url, database.poolSize);
  });
  afterAll(async () => {
    await globalThis.palasetDb?.$disconnect();
    globalThis.palasetDb = undefined;
    await database?.drop();
  });

  it("returns every part of the reference model in English", async () => {
    const page = await getModelPage("en", referenceModel);
    expect(page?.locale).toBe("en");
    expect(page?.sections.map((s) => s.key)).toEqual([...sectionKeys]);
    expect(page?.sections.every((s) => s.html && s.html.length > 100)).toBe(true);
    expect(page?.regions.map((r) => r.label)).toEqual(["Satakunta"]);
    expect(page?.funders).toHaveLength(2);
    expect(page?.developers).toContain("Porin Sininauha ry");
    expect(page?.collection?.slug).toBe("osallisuuden-palaset");
    expect(page?.createdOn?.toISOString().slice(0, 10)).toBe("2021-01-11");
    expect(page?.references.length).toBeGreaterThan(3);
    const [evaluation] = page?.evaluations ?? [];
    expect(evaluation?.dimensions.map((d) => [d.key, d.strengthened])).toEqual([
      ["own-life", true],
      ["communities-and-influencing", true],
      ["common-good", true],
    ]);
    expect(evaluation?.summary?.locale).toBe("en");
    expect(evaluation?.documents[0]).toMatchObject({ language: "fi", sizeBytes: 830464 });
  });

  it("falls back to the Finnish text when a translation is missing, and says which", async () => {
    const page = await getModelPage("sv", referenceModel);
    const fi = await getModelPage("fi", referenceModel);
    expect(page?.locale).toBe("fi");
    expect(page?.name).toBe(fi?.name);
    expect(page?.regions[0]?.label).toBe("Satakunta"); // labels stay in the reader's language
    const [card] = await listModelCards("sv", { slugs: [referenceModel] });
    expect(card?.locale).toBe("fi");
    expect(card?.availableLocales.sort()).toEqual(["en", "fi"]);
  });

  it("finds nothing for an unknown slug", async () => {
    expect(await getModelPage("fi", "ei-ole-olemassa")).toBeNull();
  });
});
