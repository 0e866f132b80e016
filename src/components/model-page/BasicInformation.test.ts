import { createElement } from "react";
import { describe, expect, it } from "vitest";
import type { ModelPage } from "@/domain/model";
import { renderWithMessages } from "../../../tests/support/render";
import { BasicInformation } from "./BasicInformation";

const model: ModelPage = {
  slug: "malli",
  locale: "fi",
  name: "Malli",
  shortDescription: "Kuvaus.",
  isBrief: false,
  regions: [],
  developmentStage: null,
  themes: [],
  hasEvaluation: false,
  evaluatedElsewhere: false,
  availableLocales: ["fi"],
  implementationSite: null,
  coverImageUrl: null,
  coverImageAlt: null,
  sourceUrl: null,
  createdOn: null,
  lastModifiedOn: null,
  targetGroups: [],
  wellbeingServicesCounties: [],
  funders: [],
  developers: [],
  inUse: [
    { organisation: "Vaasan Rinnalla ry", municipality: "Vaasa", wellbeingServicesCounty: { key: "pohjanmaa", label: "Pohjanmaan hyvinvointialue" }, since: 2022 },
    { organisation: "Satakunnan hyvinvointialue", municipality: null, wellbeingServicesCounty: { key: "satakunta", label: "Satakunnan hyvinvointialue" }, since: 2021 },
    { organisation: "Kerho ry", municipality: null, wellbeingServicesCounty: { key: "ita-uusimaa", label: "Itä-Uudenmaan hyvinvointialue" }, since: null },
  ],
  collection: null,
  sections: [],
  themeArticles: [],
  evaluations: [],
  references: [],
  changeNotes: [],
};

const items = (html: string) => [...html.matchAll(/<li>([^<]*)<\/li>/g)].map(([, text]) => text);

describe("BasicInformation", () => {
  it("lists where the model is in use: organisation, municipality or else county, and the year", () => {
    const html = renderWithMessages(createElement(BasicInformation, { model }));
    expect(html).toContain('<dt class="font-semibold">Käytössä</dt>');
    // The county that took the model into use itself is not named twice.
    expect(items(html)).toEqual(["Vaasan Rinnalla ry, Vaasa, vuodesta 2022", "Satakunnan hyvinvointialue, vuodesta 2021", "Kerho ry, Itä-Uudenmaan hyvinvointialue"]);
    expect(items(renderWithMessages(createElement(BasicInformation, { model }), "sv"))[0]).toBe("Vaasan Rinnalla ry, Vaasa, sedan 2022");
  });

  it("says so when no adoption is known", () => {
    const html = renderWithMessages(createElement(BasicInformation, { model: { ...model, inUse: [] } }), "en");
    expect(html).toMatch(/<dt class="font-semibold">In use<\/dt><dd>Not given<\/dd>/);
  });
});
