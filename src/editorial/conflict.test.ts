import { describe, expect, it } from "vitest";
import type { ModelDocument } from "@/content/document";
import { mergeSaves } from "./conflict";

const base: ModelDocument = {
  slug: "malli",
  facts: { themes: ["nature"], references: [] },
  texts: {
    fi: { name: "Malli", shortDescription: "Alkuperäinen kuvaus.", sections: { tips: "Vinkki." } },
    sv: { name: "Modell", shortDescription: "Ursprunglig beskrivning.", sections: {} },
  },
};
const edit = (change: (d: ModelDocument) => void) => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};

describe("mergeSaves", () => {
  it("takes over what only the other changed, and asks about what both changed differently", () => {
    const mine = edit((d) => {
      d.texts.fi!.shortDescription = "Minun kuvaukseni.";
      d.texts.fi!.sections.tips = "Minun vinkkini.";
    });
    const theirs = edit((d) => {
      d.texts.fi!.shortDescription = "Toisen kuvaus.";
      d.texts.sv!.name = "Modellen";
      d.facts.themes = ["nature", "culture"];
    });
    expect(mergeSaves(base, mine, theirs)).toEqual({
      conflicts: [{ field: "fi.shortDescription", theirs: "Toisen kuvaus." }],
      merged: [
        { field: "sv.name", form: ["Modellen"] },
        { field: "themes", form: ["nature", "culture"] },
      ],
    });
  });

  it("leaves alone what both changed alike, and what only the editor changed", () => {
    const mine = edit((d) => {
      d.texts.fi!.name = "Sama";
      d.texts.fi!.sections.tips = "Vain minun.";
    });
    const theirs = edit((d) => (d.texts.fi!.name = "Sama"));
    expect(mergeSaves(base, mine, theirs)).toEqual({ conflicts: [], merged: [] });
  });

  it("asks about every difference when the starting point is unknown, and about rows of references as a whole", () => {
    const theirs = edit((d) => {
      d.texts.fi!.name = "Toinen";
      d.facts.references = [{ title: "Lähde" }];
    });
    const { conflicts, merged } = mergeSaves(null, base, theirs);
    expect(merged).toEqual([]);
    expect(conflicts.map((c) => c.field)).toEqual(["fi.name", "facts.references"]);
  });
});
