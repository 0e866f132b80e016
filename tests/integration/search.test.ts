// Catalogue search against both databases: ranking for real queries in three languages,
// typo tolerance, facet counts, sorting in the reader's alphabet, and unknown values.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateAndSeed } from "@/content/sync";
import { createDb } from "@/db/client";
import type { Locale } from "@/domain/locale";
import { emptyFilters, type Filters, type SearchParams } from "@/domain/search-params";
import { searchModels } from "@/queries/search";
import { referenceModel } from "../support/content";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases";

const search = (q: string, filters: Partial<Filters> = {}, more: Partial<SearchParams> = {}): SearchParams => ({
  q,
  filters: { ...emptyFilters(), ...filters },
  sort: null,
  page: 1,
  ...more,
});

describe.each(databaseKinds())("searchModels (%s)", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await migrateAndSeed(database.url, database.poolSize);
    globalThis.palasetDb = createDb(database.url, database.poolSize);
  });
  afterAll(async () => {
    await globalThis.palasetDb?.$disconnect();
    globalThis.palasetDb = undefined;
    await database?.drop();
  });

  it.each<[Locale, string, string]>([
    ["fi", "vankilasta vapautuneet", referenceModel],
    ["fi", "vankitaustainenn", referenceModel],
    ["fi", "sirkus", "sosiaalinen-sirkus"],
    ["fi", "kulttuuri kortti", "kaikukortti"],
    ["fi", "pelit sosiaalityössä", "pelillisyyden-hyodyntaminen-sosiaalityossa"],
    ["sv", "fängelse", referenceModel],
    ["sv", "cirkus", "sosiaalinen-sirkus"],
    ["en", "prison background", referenceModel],
    ["en", "storytelling", "tarinallisuus-osallisuuden-edistamisen-keinona"],
    ["en", "circus", "sosiaalinen-sirkus"],
  ])("%s: %s → %s first", async (locale, q, expected) => {
    const result = await searchModels(locale, search(q));
    expect(result.hits[0]?.slug).toBe(expected);
  });

  it("finds inflected forms: osallisuutta finds models about osallisuus", async () => {
    const result = await searchModels("fi", search("osallisuutta"));
    expect(result.total).toBeGreaterThanOrEqual(3);
    expect(result.hits.some((hit) => hit.snippet?.includes("\u0002"))).toBe(true);
  });

  it("puts a name match above a match in the text", async () => {
    const result = await searchModels("fi", search("kaikukortti"));
    expect(result.hits[0]?.slug).toBe("kaikukortti");
  });

  it("counts each facet with the other filters applied, OR within a facet and AND across", async () => {
    const all = await searchModels("fi", search(""));
    const count = (r: typeof all, facet: string, value: string) =>
      r.facets.find((f) => f.key === facet)?.options.find((o) => o.value === value)?.count ?? 0;
    const circus = count(all, "theme", "creative-methods");
    expect(circus).toBeGreaterThan(0);

    const evaluated = await searchModels("fi", search("", { evaluated: ["yes"] }));
    expect(evaluated.total).toBe(1);
    // The theme facet now counts only evaluated models; the evaluated facet ignores itself.
    expect(count(evaluated, "theme", "criminal-sanctions")).toBe(1);
    expect(count(evaluated, "evaluated", "yes")).toBe(1);
    expect(count(evaluated, "lang", "fi")).toBe(1);

    const either = await searchModels("fi", search("", { theme: ["nature", "culture"] }));
    const nature = await searchModels("fi", search("", { theme: ["nature"] }));
    const culture = await searchModels("fi", search("", { theme: ["culture"] }));
    expect(either.total).toBeGreaterThanOrEqual(Math.max(nature.total, culture.total));
    const both = await searchModels("fi", search("", { theme: ["nature"], collection: ["osallisuuden-palaset"] }));
    expect(both.total).toBeLessThanOrEqual(nature.total);
    expect(both.hits.every((h) => h.themes.some((t) => t.key === "nature"))).toBe(true);
  });

  it("filters by strengthened participation dimension", async () => {
    const result = await searchModels("en", search("", { dimension: ["common-good"] }));
    expect(result.hits.map((h) => h.slug)).toEqual([referenceModel]);
  });

  it("sorts names in the reader's alphabet", async () => {
    const result = await searchModels("fi", search("", {}, { sort: "name" }));
    const names = result.hits.map((h) => h.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("fi").compare));
    expect(new Intl.Collator("fi").compare("Ä", "Z")).toBeGreaterThan(0); // the premise: ä after z
  });

  it("ignores and reports unknown filter values, and clamps a page past the end", async () => {
    const result = await searchModels("fi", search("", { theme: ["no-such-theme"] }, { page: 999 }));
    expect(result.unknownValues).toEqual([{ param: "theme", value: "no-such-theme" }]);
    expect(result.total).toBeGreaterThanOrEqual(9);
    expect(result.page).toBe(1);
  });

  it("suggests close names when nothing matches", async () => {
    const result = await searchModels("fi", search("sirkus", { evaluated: ["yes"] }));
    expect(result.total).toBe(0);
    expect(result.suggestions.map((s) => s.slug)).toContain("sosiaalinen-sirkus");
  });

  it("keeps a result until the catalogue changes, then searches the changed catalogue", async () => {
    const db = globalThis.palasetDb!;
    const first = await searchModels("fi", search("sirkus"));
    expect(await searchModels("fi", search("sirkus"))).toBe(first);

    const translation = await db.modelTranslation.findFirstOrThrow({ where: { locale: "fi", model: { slug: "sosiaalinen-sirkus" } } });
    await db.modelTranslation.update({ where: { id: translation.id }, data: { name: "Sosiaalinen sirkusakrobatia" } });
    try {
      const changed = await searchModels("fi", search("sirkus"));
      expect(changed).not.toBe(first);
      expect(changed.hits.find((hit) => hit.slug === "sosiaalinen-sirkus")?.name).toBe("Sosiaalinen sirkusakrobatia");
    } finally {
      await db.modelTranslation.update({ where: { id: translation.id }, data: { name: translation.name } });
    }
  });
});
