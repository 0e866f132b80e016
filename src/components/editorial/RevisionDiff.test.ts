import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { compareDocuments, type DocumentComparison } from "@/editorial/diff";
import { renderWithMessages } from "../../../tests/support/render";
import { RevisionDiff } from "./RevisionDiff";

// Components do not import content/; the document type comes with the function that takes it.
type ModelDocument = Parameters<typeof compareDocuments>[0];

const render = (comparison: DocumentComparison) => renderWithMessages(createElement(RevisionDiff, { comparison }));

const older: ModelDocument = {
  slug: "nuorten-kerho",
  facts: { themes: ["mielenterveys"] },
  texts: { fi: { name: "Nuorten kerho", shortDescription: "Kerho nuorille.", sections: { "basic-idea": "Kerho on tärkeä.\n\nSe on maksuton." } } },
};

const newer: ModelDocument = {
  slug: "nuorten-kerho",
  facts: { themes: ["mielenterveys", "nuoret"], brief: true },
  texts: {
    fi: { name: "Nuorten kerho", shortDescription: "Kerho nuorille.", sections: { "basic-idea": "Kerho on välttämätön.\nSe on maksuton." } },
    sv: { name: "Ungdomsklubben", shortDescription: "En klubb för unga.", sections: {} },
  },
};

describe("RevisionDiff", () => {
  const html = render(compareDocuments(older, newer));

  it("marks removed and added words with del and ins, announced in the page's language", () => {
    expect(html).toContain('<del class="bg-red-50 text-red-900 line-through decoration-red-900 decoration-2"><span class="sr-only" lang="fi">poistettu: </span>tärkeä</del>');
    expect(html).toMatch(/<ins class="[^"]*underline[^"]*"><span class="sr-only" lang="fi">lisätty: <\/span>välttämätön<\/ins>/);
    // The paragraph break that went: visible as ¶, read as a line break.
    expect(html).toContain('<span aria-hidden="true">¶</span><span class="sr-only" lang="fi">rivinvaihto</span>\n</del>');
  });

  it("names groups and fields with the model page's words, facts first", () => {
    const headings = [...html.matchAll(/<(h[23])[^>]*>([^<]*)<\/h[23]>/g)].map(([, tag, text]) => `${tag} ${text}`);
    expect(headings).toEqual([
      "h2 Kaikille kielille yhteiset tiedot",
      "h2 Suomenkielinen teksti",
      "h3 Ratkaisun perusidea",
      "h2 Ruotsinkielinen teksti",
      "h3 Nimi",
      "h3 Lyhyt kuvaus",
    ]);
    expect(html).toContain("<p>5 kohtaa on muuttunut ja 6 on ennallaan.</p>");
    expect(html).toContain("<dt class=\"font-semibold\">Teemat</dt>");
    expect(html).toMatch(/<dt[^>]*>Kuvattu pääpiirteittäin<\/dt><dd[^>]*><del[^>]*><span[^>]*>poistettu: <\/span>ei<\/del><ins[^>]*><span[^>]*>lisätty: <\/span>kyllä<\/ins>/);
  });

  it("marks a new language as new and its text with its language", () => {
    expect(html).toContain("Tämä kieliversio on uusi.");
    expect(html).toMatch(/<div lang="sv" class="[^"]*whitespace-pre-wrap[^"]*"><ins[^>]*><span[^>]*>lisätty: <\/span>Ungdomsklubben<\/ins><\/div>/);
  });

  it("says when a text was too large to compare word by word", () => {
    const tooLarge = render(compareDocuments(older, newer, { timeoutMs: 0 }));
    expect(tooLarge).toContain("Tätä tekstiä ei voitu verrata sana sanalta");
    expect(html).not.toContain("Tätä tekstiä ei voitu verrata sana sanalta");
  });

  it("names each adoption by its number, one record a row", () => {
    const adopted = render(compareDocuments(older, { ...older, facts: { ...older.facts, inUse: [{ organisation: "Kerho ry", since: 2020 }] } }));
    expect(adopted).toContain('<dt class="font-semibold">Käytössä: organisaatio 1</dt>');
    expect(adopted).toContain("Kerho ry · 2020");
  });

  it("says so when nothing changed", () => {
    expect(render(compareDocuments(older, older))).toBe("<p>Versioissa ei ole eroja.</p>");
  });
});
