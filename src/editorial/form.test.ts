import { describe, expect, it } from "vitest";
import { readModelForm } from "./form";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe("readModelForm", () => {
  it("reads the adoption rows the form had, leaves out empty ones and keeps a year that is not one for the check", () => {
    const { document } = readModelForm(
      form({
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
      }),
      null,
    );
    expect(document.facts.inUse).toEqual([
      { organisation: "Vaasan kaupunki", municipality: "Vaasa", wellbeingServicesCounty: "pohjanmaa", since: 2022 },
      // No organisation: the document's check names the field.
      { organisation: "", wellbeingServicesCounty: "satakunta", since: Number.NaN },
      { organisation: "Kerho ry" },
    ]);
  });

  it("reads no adoption rows beyond the count the form says it had", () => {
    const { document } = readModelForm(form({ "slug": "malli", "adoptionRows": "0", "inUse.0.organisation": "Kerho ry" }), null);
    expect(document.facts.inUse).toEqual([]);
  });
});
