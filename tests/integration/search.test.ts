// Catalogue search against both databases, on the fixture catalogue: ranking for real queries
// in three languages, typo tolerance, facet counts, sorting in the reader's alphabet, unknown
// values, suggestions, and results kept until the catalogue changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogue, type Catalogue } from "@/catalogue";
import { createDb, poolOf, preparedMark } from "@/db/client";
import { searchModels } from "@/search/search";
import type { Locale } from "@/domain/locale";
import { emptyFilters, type Filters, type SearchParams } from "@/search/params";
import type { SearchResult } from "@/search/types";
import { referenceModel } from "../support/content";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";

const search = (q: string, filters: Partial<Filters> = {}, more: Partial<SearchParams> = {}): SearchParams => ({
  q,
  filters: { ...emptyFilters(), ...filters },
  sort: null,
  page: 1,
  ...more,
});

const count = (result: SearchResult, facet: string, value: string) =>
  result.facets.find((f) => f.key === facet)?.options.find((o) => o.value === value)?.count ?? 0;

describe.each(databaseKinds())("search (%s)", (kind) => {
  let database: SeededDatabase;
  let catalogue: Catalogue;

  beforeAll(async () => {
    database = await seededDatabase(kind);
    catalogue = createCatalogue(database.db);
  });
  afterAll(() => database?.drop());

  it.each<[Locale, string, string]>([
    ["fi", "vankilasta vapautuneet", referenceModel],
    ["fi", "vankitaustainenn", referenceModel],
    ["fi", "kohtamispaikka", referenceModel],
    ["fi", "sirkus", "nuorisosirkus"],
    ["fi", "kulttuuri kortti", "kulttuurikortti"],
    ["fi", "pelit sosiaalityössä", "pelipaja"],
    ["sv", "fängelse", referenceModel],
    ["sv", "cirkus", "nuorisosirkus"],
    ["en", "prison background", referenceModel],
    ["en", "storytelling", "tarinapiiri"],
    ["en", "circus", "nuorisosirkus"],
  ])("%s: %s → %s first", async (locale, q, expected) => {
    const result = await catalogue.searchModels(locale, search(q));
    expect(result.hits[0]?.slug).toBe(expected);
  });

  it("finds inflected forms: osallisuutta finds models about osallisuus, with the match marked", async () => {
    const result = await catalogue.searchModels("fi", search("osallisuutta"));
    expect(result.total).toBeGreaterThanOrEqual(5);
    expect(result.hits.some((hit) => hit.snippet?.includes("\u0002"))).toBe(true);
  });

  it("answers a query of stop words alone (vaikka) without snippets instead of failing", async () => {
    const result = await catalogue.searchModels("fi", search("vaikka"));
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.every((hit) => hit.snippet === null)).toBe(true);
  });

  it("puts a name match above a match in the text", async () => {
    const result = await catalogue.searchModels("fi", search("kulttuurikortti"));
    expect(result.hits.map((h) => h.slug)).toEqual(["kulttuurikortti", "tarinapiiri"]);
  });

  it("shows published models only", async () => {
    const all = await catalogue.searchModels("fi", search(""));
    expect(all.total).toBe(9);
    expect((await catalogue.searchModels("fi", search("luonnos"))).hits.map((h) => h.slug)).not.toContain("luonnosmalli");
  });

  it("counts each facet with the other filters applied, OR within a facet and AND across", async () => {
    const all = await catalogue.searchModels("fi", search(""));
    expect(count(all, "theme", "participation")).toBe(4);
    expect(count(all, "theme", "nature")).toBe(2);
    expect(count(all, "evaluated", "yes")).toBe(1);
    expect(count(all, "collection", "testikokoelma")).toBe(2);
    expect(count(all, "lang", "sv")).toBe(8);

    const evaluated = await catalogue.searchModels("fi", search("", { evaluated: ["yes"] }));
    expect(evaluated.total).toBe(1);
    // The theme facet now counts only evaluated models; the evaluated facet ignores itself.
    expect(count(evaluated, "theme", "criminal-sanctions")).toBe(1);
    expect(count(evaluated, "theme", "nature")).toBe(0);
    expect(count(evaluated, "evaluated", "yes")).toBe(1);

    const either = await catalogue.searchModels("fi", search("", { theme: ["nature", "games"] }));
    expect(either.hits.map((h) => h.slug).sort()).toEqual(["aaniretket", "kaavapaja", "oinen-olohuone", "pelipaja"]);
    const both = await catalogue.searchModels("fi", search("", { theme: ["nature", "participation"], county: ["pohjanmaa"] }));
    expect(both.hits.map((h) => h.slug)).toEqual(["abo-vertaisryhma"]);
    expect(count(both, "county", "ita-uusimaa")).toBe(1); // the themes apply, the county does not
    expect(count(both, "theme", "nature")).toBe(0); // the county applies, the themes do not
  });

  it("filters by the county where a model is in use, apart from the county it was made for", async () => {
    const all = await catalogue.searchModels("fi", search(""));
    expect(["pohjanmaa", "satakunta", "ita-uusimaa"].map((county) => count(all, "inuse", county))).toEqual([1, 1, 1]);
    const options = all.facets.find((f) => f.key === "inuse")?.options;
    expect(options?.find((o) => o.value === "pohjanmaa")?.label).toBe("Pohjanmaan hyvinvointialue");

    expect((await catalogue.searchModels("fi", search("", { inuse: ["pohjanmaa"] }))).hits.map((h) => h.slug)).toEqual([referenceModel]);
    expect((await catalogue.searchModels("fi", search("", { county: ["pohjanmaa"] }))).hits.map((h) => h.slug)).toEqual(["abo-vertaisryhma"]);

    const both = await catalogue.searchModels("sv", search("", { inuse: ["pohjanmaa", "ita-uusimaa"], county: ["satakunta"] }));
    expect(both.hits.map((h) => h.slug)).toEqual([referenceModel]);
    expect(count(both, "inuse", "ita-uusimaa")).toBe(0); // the county applies: pelipaja was made for none
    expect(count(both, "county", "satakunta")).toBe(1); // the in-use filter applies, the county does not
    expect(both.facets.find((f) => f.key === "inuse")?.options.find((o) => o.value === "pohjanmaa")?.label).toBe("Österbottens välfärdsområde");

    const unknown = await catalogue.searchModels("fi", search("", { inuse: ["atlantis"] }));
    expect(unknown.unknownValues).toEqual([{ param: "inuse", value: "atlantis" }]);
    expect(unknown.total).toBe(9);
  });

  it("filters by strengthened participation dimension", async () => {
    const result = await catalogue.searchModels("en", search("", { dimension: ["common-good"] }));
    expect(result.hits.map((h) => h.slug)).toEqual([referenceModel]);
  });

  it("sorts names in the reader's alphabet: Å, Ä and Ö after Z in Finnish, beside A and O in English", async () => {
    const fi = (await catalogue.searchModels("fi", search("", {}, { sort: "name" }))).hits.map((h) => h.name);
    expect(fi[0]).toBe("=SUMMA-paja: matematiikkaa arkeen");
    // Code-point order would give Ä, Å, Ö.
    expect(fi.slice(-3)).toEqual(["Åbolands vertaisryhmä", "Ääniretket luontoon", "Öinen olohuone"]);
    const en = (await catalogue.searchModels("en", search("", {}, { sort: "name" }))).hits.map((h) => h.name);
    expect(en).toEqual([...en].sort(new Intl.Collator("en").compare));
  });

  it("ignores and reports unknown filter values, and clamps a page past the end", async () => {
    const result = await catalogue.searchModels("fi", search("", { theme: ["no-such-theme"] }, { page: 999 }));
    expect(result.unknownValues).toEqual([{ param: "theme", value: "no-such-theme" }]);
    expect(result.total).toBe(9);
    expect(result.page).toBe(1);
  });

  it("suggests close names when nothing matches", async () => {
    const result = await catalogue.searchModels("fi", search("sirkus", { evaluated: ["yes"] }));
    expect(result.total).toBe(0);
    expect(result.suggestions.map((s) => s.slug)).toContain("nuorisosirkus");
  });

  it("suggests what starts with the typed text before what only resembles it", async () => {
    // "Kulttuuri" (a theme) resembles "kulttuurik" closely; the model's name starts with it.
    const [first, second] = await catalogue.suggest("fi", "kulttuurik");
    expect(first).toEqual({ kind: "model", label: "Kulttuurikortti", slug: "kulttuurikortti" });
    expect(second).toEqual({ kind: "theme", label: "Kulttuuri", value: "culture" });
  });

  it("suggests names and themes as the reader types", async () => {
    expect(await catalogue.suggest("fi", "s")).toEqual([]);
    const suggestions = await catalogue.suggest("fi", "tarin");
    expect(suggestions).toContainEqual({ kind: "theme", label: "Tarinallisuus", value: "storytelling" });
    expect(suggestions).toContainEqual({ kind: "model", label: "Tarinapiiri", slug: "tarinapiiri" });
  });

  it("keeps a result until the catalogue changes, then searches the changed catalogue", async () => {
    const db = database.db;
    const first = await catalogue.searchModels("fi", search("sirkus"));
    // The same hits, not equal ones: the result came from memory. Asked with an unknown filter
    // value besides, it is the same search, kept once.
    expect((await catalogue.searchModels("fi", search("sirkus"))).hits).toBe(first.hits);
    const withUnknown = await catalogue.searchModels("fi", search("sirkus", { theme: ["no-such-theme"] }));
    expect(withUnknown.hits).toBe(first.hits);
    expect(withUnknown.unknownValues).toEqual([{ param: "theme", value: "no-such-theme" }]);

    const translation = await db.modelTranslation.findFirstOrThrow({ where: { locale: "fi", model: { slug: "nuorisosirkus" } } });
    await db.modelTranslation.update({ where: { id: translation.id }, data: { name: "Sosiaalinen sirkusakrobatia" } });
    try {
      const changed = await catalogue.searchModels("fi", search("sirkus"));
      expect(changed.hits).not.toBe(first.hits);
      expect(changed.hits.find((hit) => hit.slug === "nuorisosirkus")?.name).toBe("Sosiaalinen sirkusakrobatia");
    } finally {
      await db.modelTranslation.update({ where: { id: translation.id }, data: { name: translation.name } });
    }
  });
});

// The search statement is prepared by name on each connection (preparedMark, src/db/client.ts).
// A database of their own: the last test's connections clear the embedded database's one
// session, which the seeded client shares and could not use afterwards.
describe.each(databaseKinds())("prepared search statements (%s)", (kind) => {
  let database: SeededDatabase;

  beforeAll(async () => {
    database = await seededDatabase(kind);
  });
  afterAll(() => database?.drop());

  it("prepares the search once per connection: searches of one shape run one named statement", async () => {
    // One connection, so that the statements it lists are the ones the searches used.
    const db = kind === "embedded" ? database.db : createDb(database.url, 1);
    const prepared = async () => {
      const { rows } = await poolOf(db)!.query<{ name: string; statement: string }>("SELECT name, statement FROM pg_prepared_statements ORDER BY name");
      return rows.filter((row) => row.statement.startsWith(`${preparedMark}\n    WITH matched`)).map((row) => row.name);
    };
    try {
      const first = await searchModels(db, "fi", search("sirkus", { lang: ["fi"] }));
      const afterFirst = await prepared();
      const second = await searchModels(db, "fi", search("kulttuuri", { lang: ["sv"] }));
      expect(first.hits[0]?.slug).toBe("nuorisosirkus");
      expect(second.total).toBeGreaterThan(0);
      expect(afterFirst.length).toBeGreaterThan(0);
      expect(afterFirst.every((name) => /^p_[0-9a-f]{40}$/.test(name))).toBe(true);
      expect(await prepared()).toEqual(afterFirst);
    } finally {
      if (db !== database.db) await db.$disconnect();
    }
  });

  it("prepares it anew on a new connection, also where the one session outlives its connections (PGlite)", async () => {
    // On the embedded database every connection shares one session, so a statement prepared
    // through a connection that has closed is still there when the next one prepares it.
    for (let round = 0; round < 2; round++) {
      const db = createDb(database.url, 1);
      try {
        const result = await searchModels(db, "fi", search("sirkus", { lang: ["en"] }));
        expect(result.hits[0]?.slug).toBe("nuorisosirkus");
      } finally {
        await db.$disconnect();
      }
    }
  });
});
