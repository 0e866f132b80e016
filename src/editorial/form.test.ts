import { describe, expect, it } from "vitest";
import { readModelForm, type ModelDocument } from "./form";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

function documentOf(fields: Record<string, string>, base: ModelDocument | null = null): ModelDocument {
  const read = readModelForm(form(fields), base);
  if (!read.ok) throw new Error(`${read.field}: ${read.code}`);
  return read.form.document;
}

describe("readModelForm", () => {
  it("reads the adoption rows the form had, leaves out empty ones and keeps a year that is not one for the check", () => {
    const document = documentOf({
        "slug": "malli",
        "fi.name": "Malli",
        "adoptionRows": "4",
        "inUse.0.organisation": " Vaasan kaupunki ",
        "inUse.0.municipality": "Vaasa",
        "inUse.0.wellbeingServicesCounty": "pohjanmaa",
        "inUse.0.since": "2022",
        "inUse.1.organisation": "",
        "inUse.1.wellbeingServicesCounty": "",
        "inUse.2.wellbeingServicesCounty": "satakunta",
        "inUse.2.since": "viime vuonna",
        "inUse.3.organisation": "Kerho ry",
    });
    expect(document.facts.inUse).toEqual([
      { organisation: "Vaasan kaupunki", municipality: "Vaasa", wellbeingServicesCounty: "pohjanmaa", since: 2022 },
      // No organisation: the document's check names the field.
      { organisation: "", wellbeingServicesCounty: "satakunta", since: "viime vuonna" },
      { organisation: "Kerho ry" },
    ]);
  });

  it("reads no adoption rows beyond the count the form says it had", () => {
    expect(documentOf({ "slug": "malli", "adoptionRows": "0", "inUse.0.organisation": "Kerho ry" }).facts.inUse).toEqual([]);
  });

  it("names the field of a value too long for it instead of failing the whole save", () => {
    expect(readModelForm(form({ "slug": "malli", "fi.name": "x".repeat(1_001) }), null)).toEqual({ ok: false, field: "fi.name", code: "too_big" });
  });

  it("keeps what this form does not edit: the developers of a model, its cover image (evaluations have a workflow of their own)", () => {
    const base: ModelDocument = {
      slug: "malli",
      facts: { developers: ["porin-tukiyhdistys"], coverImage: "/images/kansi.jpg", evaluations: [{ strengthens: ["own-life"] }] },
      texts: { fi: { name: "Malli", shortDescription: "K", evaluations: [{ summary: "Tiivistelmä" }], sections: {} } },
    };
    const document = documentOf({ "slug": "malli", "fi.name": "Malli 2", "fi.shortDescription": "K", "developers": "muu-yhdistys" }, base);
    expect(document.facts).toMatchObject({ developers: ["porin-tukiyhdistys"], coverImage: "/images/kansi.jpg", evaluations: [{ strengthens: ["own-life"] }] });
    expect(document.texts.fi).toMatchObject({ name: "Malli 2" });
    expect(document.texts.fi?.evaluations).toBeUndefined();
  });
});
