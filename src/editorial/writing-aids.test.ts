// The writing aids on a document: the glossary's refused terms in any language, and words the
// language's spelling check does not know (Enchant with Voikko and Hunspell's Swedish and
// British English dictionaries: .ci/run installs them), by the form's field names; a clean
// field has no entry, and the project's own words pass.
import { describe, expect, it } from "vitest";
import { writingAids } from "./writing-aids";

describe("writing aids", () => {
  it("finds refused terms and unknown Finnish words beside their fields, and nothing in clean ones", async () => {
    const aids = await writingAids({
      slug: "apu",
      facts: {},
      texts: {
        fi: {
          name: "Kirjastoilta",
          shortDescription: "Ryhmä kokoontuu kirjastossa.",
          sections: { "basic-idea": "Toimintaa ohjaa arviointikehikko, ja ryhmä lainaa kirjsatoa.", tips: "Palaset-palvelussa on lisää malleja, myös Kaikukortti." },
        },
        sv: { name: "Biblioteksträffar", shortDescription: "Gruppen träffas i Kaikukortti-huset.", sections: { "target-group": "Personer som har missbrukarproblem.", tips: "Boka lokalen tillsamans." } },
        en: { name: "Library evenings", shortDescription: "", sections: { "target-group": "People who use substance\nabuse services.", tips: "Book the room togther." } },
      },
    });
    expect(aids).toEqual({
      "fi.sections.basic-idea": { spelling: ["kirjsatoa"], glossary: [] },
      "sv.sections.target-group": { spelling: [], glossary: [{ term: "missbrukar*", text: "missbrukarproblem" }] },
      "sv.sections.tips": { spelling: ["tillsamans"], glossary: [] },
      "en.sections.target-group": { spelling: [], glossary: [{ term: "substance abuse", text: "substance abuse" }] },
      "en.sections.tips": { spelling: ["togther"], glossary: [] },
    });
  });
});
