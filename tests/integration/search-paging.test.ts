// Paging and ordering over a generated catalogue larger than one page.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyFilters, pageSize } from "@/search/params";
import { searchModels } from "@/search/search";
import { writeGeneratedCatalogue } from "../../scripts/generate/catalogue";
import { fixtureCatalogue } from "../support/content";
import { seededDatabase, type SeededDatabase } from "../support/databases";

describe("search paging", () => {
  let database: SeededDatabase;
  let published: number;

  beforeAll(async () => {
    const outDir = join(await mkdtemp(join(tmpdir(), "palaset-paging-")), "catalogue");
    await writeGeneratedCatalogue({ contentDir: fixtureCatalogue, outDir, count: 60, seed: 7 });
    database = await seededDatabase("embedded", outDir);
    published = await database.db.practiceModel.count({ where: { state: "PUBLISHED" } });
  });
  afterAll(() => database?.drop());

  const search = (page: number, sort: "updated" | "name" = "updated") => ({ q: "", filters: emptyFilters(), sort, page });

  it.each(["updated", "name"] as const)("pages through every published model once, sorted by %s", async (sort) => {
    const first = await searchModels(database.db, "fi", search(1, sort));
    expect(first.total).toBe(published);
    expect(first.pageCount).toBe(Math.ceil(published / pageSize));
    const seen: string[] = [];
    for (let page = 1; page <= first.pageCount; page++) {
      const result = await searchModels(database.db, "fi", search(page, sort));
      expect(result.page).toBe(page);
      seen.push(...result.hits.map((h) => h.slug));
    }
    expect(seen).toHaveLength(published);
    expect(new Set(seen).size).toBe(published);
  });

  it("shows the last page for a page past the end", async () => {
    const result = await searchModels(database.db, "fi", search(999));
    expect(result.page).toBe(result.pageCount);
    expect(result.hits.length).toBe(published - (result.pageCount - 1) * pageSize);
  });
});
