// The model queries: every part of a description, in the reader's language, with the Finnish
// text (marked as such) when a translation is missing; drafts stay hidden.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogue, type Catalogue } from "@/catalogue";
import { sectionKeys } from "@/domain/model";
import { referenceModel } from "../support/content";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";

describe.each(databaseKinds())("model queries (%s)", (kind) => {
  let database: SeededDatabase;
  let catalogue: Catalogue;

  beforeAll(async () => {
    database = await seededDatabase(kind);
    catalogue = createCatalogue(database.db);
  });
  afterAll(() => database?.drop());

  it("returns every part of the reference model in English", async () => {
    const page = await catalogue.getModelPage("en", referenceModel);
    expect(page).toMatchObject({ locale: "en", name: "Meeting place for people with a prison background", isBrief: false });
    expect(page?.sections.map((s) => s.key)).toEqual([...sectionKeys]);
    expect(page?.sections.every((s) => s.html && s.html.length > 100)).toBe(true);
    expect(page?.regions.map((r) => r.label)).toEqual(["Satakunta"]);
    expect(page?.funders.map((f) => f.key)).toEqual(["esr", "stea"]);
    expect(page?.developers).toEqual(["Porin Tukiyhdistys ry", "Rauman Kohtaamo ry"]);
    expect(page?.inUse).toEqual([
      { organisation: "Vaasan Rinnalla ry", municipality: "Vaasa", wellbeingServicesCounty: { key: "pohjanmaa", label: "Ostrobothnia wellbeing services county" }, since: 2022 },
      { organisation: "Satakunnan hyvinvointialue", municipality: null, wellbeingServicesCounty: { key: "satakunta", label: "Satakunta wellbeing services county" }, since: 2021 },
    ]);
    expect(page?.collection).toEqual({ slug: "testikokoelma", name: "Test collection" });
    expect(page?.createdOn?.toISOString().slice(0, 10)).toBe("2021-01-11");
    expect(page?.references.map((r) => r.year)).toEqual([2019, 2021, 2018, 2022]);
    expect(page?.themeArticles.map((a) => a.slug)).toEqual(["luovat-menetelmat"]);
    const [evaluation] = page?.evaluations ?? [];
    expect(evaluation?.dimensions.map((d) => [d.key, d.result, d.strengthened])).toEqual([
      ["own-life", "strengthened", true],
      ["communities-and-influencing", "strengthened", true],
      ["common-good", "strengthened", true],
    ]);
    expect(evaluation?.framework).toEqual({ name: "THL's participation evaluation framework", version: null });
    expect(evaluation).toMatchObject({ evaluator: "Sosiaalialan arviointikeskus", summary: { locale: "en" } });
    expect(evaluation?.documents).toEqual([
      expect.objectContaining({ language: "fi", sizeBytes: 830464, href: "https://example.org/arviointi.pdf", pageCount: null, tagged: null }),
    ]);
  });

  it("falls back to the Finnish text when a translation is missing, and says which", async () => {
    const sv = await catalogue.getModelPage("sv", "tarinapiiri");
    const fi = await catalogue.getModelPage("fi", "tarinapiiri");
    expect(sv?.locale).toBe("fi");
    expect(sv?.name).toBe(fi?.name);
    expect(sv?.themes.map((t) => t.label)).toContain("Berättande"); // labels stay in the reader's language
    const [card] = await catalogue.listModelCards("sv", { slugs: ["tarinapiiri"] });
    expect(card?.locale).toBe("fi");
    expect(card?.availableLocales.sort()).toEqual(["en", "fi"]);
  });

  it("lists published models only, and finds nothing for a draft or an unknown slug", async () => {
    const cards = await catalogue.listModelCards("fi");
    expect(cards).toHaveLength(9);
    expect(cards.map((c) => c.slug)).not.toContain("luonnosmalli");
    expect(await catalogue.getModelPage("fi", "luonnosmalli")).toBeNull();
    expect(await catalogue.getModelPage("fi", "ei-ole-olemassa")).toBeNull();
  });

  it("reads collections, theme articles and site pages in the reader's language", async () => {
    expect(await catalogue.listCollections("sv")).toEqual([
      { slug: "testikokoelma", locale: "sv", name: "Testsamling", summary: expect.any(String), modelCount: 2 },
    ]);
    const article = await catalogue.getThemeArticlePage("en", "luovat-menetelmat");
    expect(article?.models.map((m) => m.slug)).toEqual(["nuorisosirkus", "tarinapiiri", "pelipaja", referenceModel]);
    expect(article?.references).toHaveLength(2);
    const framework = await catalogue.getSitePage("sv", "framework");
    expect(Object.keys(framework?.sections ?? {}).sort()).toEqual(["common-good", "communities-and-influencing", "own-life"]);
  });
});
