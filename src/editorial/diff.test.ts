import { describe, expect, it } from "vitest";
import type { ModelDocument } from "@/content/document";
import { compareDocuments, type DiffPart, type FieldChange } from "./diff";

const basicIdea = "Kerho on tärkeä kohtaamispaikka nuorille.\n\nSe on maksuton.";

function revision(): ModelDocument {
  return {
    slug: "nuorten-kerho",
    facts: {
      themes: ["mielenterveys"],
      regions: ["uusimaa"],
      createdOn: "2021-01-11",
      evaluations: [{ evaluator: "thl", strengthens: ["own-life"] }],
    },
    texts: {
      fi: {
        name: "Nuorten kerho",
        shortDescription: "Kerho nuorille.",
        sections: { "basic-idea": basicIdea, tips: "Aloita pienestä." },
        evaluations: [{ summary: "Osallisuus vahvistui.", findings: { "own-life": "Nuoret tulivat kuulluiksi." } }],
      },
      sv: { name: "Ungdomsklubben", shortDescription: "En klubb för unga.", sections: { "basic-idea": "De unga träffas en gång i veckan." } },
    },
  };
}

/** The older text (unchanged and removed parts) and the newer (unchanged and added). */
const rebuilt = (parts: DiffPart[]) => ({
  before: parts.filter((p) => !p.added).map((p) => p.value).join(""),
  after: parts.filter((p) => !p.removed).map((p) => p.value).join(""),
});

const textChange = (change: FieldChange | undefined) => {
  if (change?.kind !== "text") throw new Error(`expected a text change, got ${JSON.stringify(change)}`);
  return change;
};

describe("compareDocuments", () => {
  it("finds nothing between a revision and itself, and counts every field that has a value", () => {
    const comparison = compareDocuments(revision(), revision());
    // Facts: slug, state, source language and two flags (their defaults), themes, regions, createdOn, evaluator,
    // strengthens; fi: name, short description, two sections, summary, finding; sv: three.
    expect(comparison).toEqual({ changes: [], unchanged: 19, addedLocales: [], removedLocales: [] });
  });

  it("shows exactly the word that changed in a Finnish section, and leaves the other fields out", () => {
    const b = revision();
    b.texts.fi!.sections["basic-idea"] = basicIdea.replace("tärkeä", "välttämätön");
    const { changes, unchanged } = compareDocuments(revision(), b);
    expect(changes).toEqual([
      {
        kind: "text",
        locale: "fi",
        field: { key: "section", section: "basic-idea" },
        parts: [
          { value: "Kerho on " },
          { value: "tärkeä", removed: true },
          { value: "välttämätön", added: true },
          { value: " kohtaamispaikka nuorille.\n\nSe on maksuton." },
        ],
        tooLarge: false,
      },
    ]);
    expect(unchanged).toBe(18);
  });

  it("lists changed facts first, as display strings, then the texts in page order", () => {
    const b = revision();
    b.facts.themes = ["mielenterveys", "nuoret"];
    b.facts.createdOn = new Date("2021-02-01T00:00:00Z");
    b.facts.brief = false; // the default, so no change
    b.texts.sv!.name = "Ungdomsklubben Hörnan";
    b.texts.fi!.sections.tips = "Aloita pienestä ryhmästä.";
    b.texts.fi!.name = "Nuorten kerho Nurkka";
    const { changes } = compareDocuments(revision(), b);
    expect(changes.slice(0, 2)).toEqual([
      { kind: "fact", field: { key: "themes" }, before: "mielenterveys", after: "mielenterveys, nuoret" },
      { kind: "fact", field: { key: "createdOn" }, before: "2021-01-11", after: "2021-02-01" },
    ]);
    expect(changes.slice(2).map((c) => textChange(c)).map((c) => [c.locale, c.field])).toEqual([
      ["fi", { key: "name" }],
      ["fi", { key: "section", section: "tips" }],
      ["sv", { key: "name" }],
    ]);
    expect(textChange(changes[4]).parts).toEqual([{ value: "Ungdomsklubben" }, { value: " Hörnan", added: true }]);
  });

  it("compares evaluations by position, facts and texts alike", () => {
    const b = revision();
    b.facts.evaluations!.push({ evaluator: "itla", documents: [{ title: "Raportti", language: "fi", url: "https://example.org/r.pdf" }] });
    b.texts.fi!.evaluations!.push({ summary: "Kerho toimii." });
    const { changes } = compareDocuments(revision(), b);
    expect(changes).toContainEqual({ kind: "fact", field: { key: "evaluation", index: 1, fact: "evaluator" }, before: null, after: "itla" });
    expect(changes).toContainEqual({
      kind: "fact",
      field: { key: "evaluation", index: 1, fact: "documents" },
      before: null,
      after: "Raportti · fi · https://example.org/r.pdf",
    });
    expect(changes.at(-1)).toEqual({
      kind: "text",
      locale: "fi",
      field: { key: "evaluationSummary", index: 1 },
      parts: [{ value: "Kerho toimii.", added: true }],
      tooLarge: false,
    });
  });

  it("compares where the model is in use by position, one adoption to a line, after the other facts", () => {
    const a = revision();
    a.facts.inUse = [{ organisation: "Vantaan kaupunki", municipality: "Vantaa", wellbeingServicesCounty: "vantaa-kerava", since: 2021 }];
    const b = revision();
    b.facts.inUse = [{ organisation: "Vantaan kaupunki", municipality: "Vantaa", wellbeingServicesCounty: "vantaa-kerava", since: 2022 }, { organisation: "Kerho ry" }];
    b.facts.regions = ["uusimaa", "satakunta"];
    const { changes } = compareDocuments(a, b);
    expect(changes.filter((c) => c.kind === "fact")).toEqual([
      { kind: "fact", field: { key: "regions" }, before: "uusimaa", after: "uusimaa, satakunta" },
      { kind: "fact", field: { key: "adoption", index: 0 }, before: "Vantaan kaupunki · Vantaa · vantaa-kerava · 2021", after: "Vantaan kaupunki · Vantaa · vantaa-kerava · 2022" },
      { kind: "fact", field: { key: "adoption", index: 1 }, before: null, after: "Kerho ry" },
    ]);
  });

  it("shows a rewritten sentence as one removal and one addition, and a paragraph break that went", () => {
    const b = revision();
    b.texts.fi!.sections["basic-idea"] = "Nuoret suunnittelevat itse kerhon ohjelman.\nSe on maksuton.";
    const { parts } = textChange(compareDocuments(revision(), b).changes[0]);
    expect(parts).toEqual([
      { value: "Kerho on tärkeä kohtaamispaikka nuorille", removed: true },
      { value: "Nuoret suunnittelevat itse kerhon ohjelman", added: true },
      { value: ".\n" },
      { value: "\n", removed: true },
      { value: "Se on maksuton." },
    ]);
    expect(rebuilt(parts)).toEqual({ before: basicIdea, after: b.texts.fi!.sections["basic-idea"] });
  });

  it("shows deleted words as one removal, with nothing added", () => {
    const b = revision();
    b.texts.fi!.sections["basic-idea"] = basicIdea.replace("tärkeä ", "");
    expect(textChange(compareDocuments(revision(), b).changes[0]).parts).toEqual([
      { value: "Kerho on " },
      { value: "tärkeä ", removed: true },
      { value: "kohtaamispaikka nuorille.\n\nSe on maksuton." },
    ]);
  });

  it("takes a letter written as two code points for the same letter", () => {
    const b = revision();
    b.texts.fi!.sections["basic-idea"] = basicIdea.normalize("NFD");
    expect(b.texts.fi!.sections["basic-idea"]).not.toBe(basicIdea);
    expect(compareDocuments(revision(), b).changes).toEqual([]);
  });

  it("shows a language that was added whole, and one that was removed", () => {
    const b = revision();
    b.texts.en = { name: "Youth club", shortDescription: "A club for young people.", sections: { tips: "Start small." } };
    delete b.texts.sv;
    const comparison = compareDocuments(revision(), b);
    expect(comparison.addedLocales).toEqual(["en"]);
    expect(comparison.removedLocales).toEqual(["sv"]);
    const byLocale = (locale: string) => comparison.changes.map(textChange).filter((c) => c.locale === locale);
    expect(byLocale("sv").map((c) => c.parts)).toEqual([
      [{ value: "Ungdomsklubben", removed: true }],
      [{ value: "En klubb för unga.", removed: true }],
      [{ value: "De unga träffas en gång i veckan.", removed: true }],
    ]);
    expect(byLocale("en").map((c) => [c.field, c.parts])).toEqual([
      [{ key: "name" }, [{ value: "Youth club", added: true }]],
      [{ key: "shortDescription" }, [{ value: "A club for young people.", added: true }]],
      [{ key: "section", section: "tips" }, [{ value: "Start small.", added: true }]],
    ]);
    expect(comparison.changes.every((c) => c.kind === "text" && !c.tooLarge)).toBe(true);
  });

  it("gives up on a 100,000-character section against a different one and shows it replaced whole", { timeout: 10_000 }, () => {
    const words = (seed: number) => {
      let state = seed;
      const out: string[] = [];
      for (let length = 0; length < 100_000; length += out.at(-1)!.length + 1) {
        state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
        out.push(`sana${state.toString(36)}ä`);
      }
      return out.join(" ").slice(0, 100_000).trim();
    };
    const [older, newer] = [words(1), words(2)];
    const a = revision();
    const b = revision();
    a.texts.fi!.sections.conditions = older;
    b.texts.fi!.sections.conditions = newer;
    b.texts.fi!.name = "Nuorten kerho Nurkka";
    const { changes } = compareDocuments(a, b);
    expect(changes).toEqual([
      { kind: "text", locale: "fi", field: { key: "name" }, parts: [{ value: "Nuorten kerho" }, { value: " Nurkka", added: true }], tooLarge: false },
      {
        kind: "text",
        locale: "fi",
        field: { key: "section", section: "conditions" },
        parts: [
          { value: older, removed: true },
          { value: newer, added: true },
        ],
        tooLarge: true,
      },
    ]);
  });

  it("compares nothing more word by word once the budget is spent, but still shows added text as added", () => {
    const b = revision();
    b.texts.fi!.name = "Nuorten kerho Nurkka";
    b.texts.fi!.implementationSite = "Helsinki";
    const { changes } = compareDocuments(revision(), b, { timeoutMs: 0 });
    expect(changes.map(textChange).map((c) => [c.field.key, c.tooLarge, c.parts])).toEqual([
      ["name", true, [{ value: "Nuorten kerho", removed: true }, { value: "Nuorten kerho Nurkka", added: true }]],
      ["implementationSite", false, [{ value: "Helsinki", added: true }]],
    ]);
  });
});
