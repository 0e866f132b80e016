// The reads behind discoverability: related models on a model's page, the sitemap's records
// and the feed's entries. Published only, in the reader's language with the Finnish fallback.
// Facts of the fixture catalogue: tests/fixtures/catalogue/README.md.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFeedEntries } from "@/queries/feed";
import { readPublicRecords } from "@/queries/public-records";
import { readRelatedModels } from "@/queries/related-models";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";

describe.each(databaseKinds())("discoverability queries (%s)", (kind) => {
  let database: SeededDatabase;

  beforeAll(async () => {
    database = await seededDatabase(kind);
  });
  afterAll(() => database?.drop());

  const related = async (slug: string, locale: "fi" | "sv" | "en" = "fi") => (await readRelatedModels(database.db, locale, slug)).map((m) => m.slug);

  it("relates models by a shared theme, never the model itself nor a draft", async () => {
    // Ääniretket's only theme, nature, is shared by Öinen olohuone and the draft.
    expect(await related("aaniretket")).toEqual(["oinen-olohuone"]);
    expect(await related("pelipaja")).toEqual(["kaavapaja"]);
    expect(await related("kulttuurikortti")).not.toContain("kulttuurikortti");
  });

  it("has nothing for a draft or an unknown model", async () => {
    expect(await related("luonnosmalli")).toEqual([]);
    expect(await related("ei-ole-olemassa")).toEqual([]);
  });

  it("gives the related models in the reader's language, Finnish where a translation is missing", async () => {
    const cards = await readRelatedModels(database.db, "sv", "nuorisosirkus");
    expect(cards.map((c) => c.slug).sort()).toEqual(["kulttuurikortti", "tarinapiiri"]);
    expect(cards.find((c) => c.slug === "tarinapiiri")?.locale).toBe("fi");
    expect(cards.find((c) => c.slug === "kulttuurikortti")?.locale).toBe("sv");
  });

  it("lists every published record for the sitemap, and no draft", async () => {
    const records = await readPublicRecords(database.db);
    expect(records.models).toHaveLength(9);
    expect(records.models.map((m) => m.slug)).not.toContain("luonnosmalli");
    expect(records.models.every((m) => m.updatedAt instanceof Date)).toBe(true);
    expect(records.themeArticles.map((a) => a.slug)).toEqual(["luovat-menetelmat"]);
    expect(records.collections.map((c) => c.slug)).toEqual(["testikokoelma"]);
    expect(records.sitePages.map((p) => p.key)).toEqual(["about", "accessibility", "framework", "privacy"]);
  });

  it("gives the feed every published model, the most recently updated first, with its developers", async () => {
    const entries = await readFeedEntries(database.db, "sv");
    expect(entries).toHaveLength(9);
    const times = entries.map((e) => e.updatedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(entries.find((e) => e.slug === "tarinapiiri")).toMatchObject({ locale: "fi" });
    expect(entries.find((e) => e.slug === "kohtaamispaikka-vapautuville")?.developers).toEqual(["Porin Tukiyhdistys ry", "Rauman Kohtaamo ry"]);
    expect(await readFeedEntries(database.db, "en", 3)).toHaveLength(3);
  });

  // Last: it changes the catalogue.
  it("ranks by how many themes and target groups are shared, and shows at most four", async () => {
    const term = (kind: "THEME" | "TARGET_GROUP", key: string) => database.db.taxonomyTerm.findUniqueOrThrow({ where: { kind_key: { kind, key } } });
    const model = (slug: string) => database.db.practiceModel.findUniqueOrThrow({ where: { slug } });
    // Åbolands vertaisryhmä now shares a theme (participation) and a target group (adults) with
    // the reference model; the other candidates share one theme each.
    await database.db.modelTerm.create({ data: { modelId: (await model("abo-vertaisryhma")).id, termId: (await term("TARGET_GROUP", "adults")).id } });
    const [first, ...rest] = await related("kohtaamispaikka-vapautuville");
    expect(first).toBe("abo-vertaisryhma");
    expect(rest.sort()).toEqual(["kulttuurikortti", "oinen-olohuone"]);

    // Five published models now share a theme with Öinen olohuone.
    await database.db.modelTerm.create({ data: { modelId: (await model("nuorisosirkus")).id, termId: (await term("THEME", "participation")).id } });
    const five = ["aaniretket", "abo-vertaisryhma", "kohtaamispaikka-vapautuville", "kulttuurikortti", "nuorisosirkus"];
    const shown = await related("oinen-olohuone");
    expect(shown).toHaveLength(4);
    expect(five).toEqual(expect.arrayContaining(shown));
  });
});
