// XLIFF 2.0 out and back in: the targets come back as written, Markdown with <, & and quotes
// intact; a file for another model, another language pair or an unknown field is refused.
import { describe, expect, it } from "vitest";
import type { ModelDocument } from "@/content/document";
import { fieldsToTranslate, fromXliff, toXliff, XliffImportError } from "./xliff";

const id = "11111111-1111-1111-1111-111111111111";
const document: ModelDocument = {
  slug: "malli",
  facts: {},
  texts: {
    fi: { name: "Malli", shortDescription: "Lyhyesti.", sections: { "basic-idea": "Ryhmä <4 hengelle> & \"vertaiset\"\n\n- kohta yksi", tips: "Vinkki." } },
    sv: { name: "Modell", shortDescription: "Kort.", sections: { "basic-idea": "Gammal översättning." } },
  },
};

describe("XLIFF hand-off", () => {
  it("exports the fields behind with the earlier translation, and takes the translated targets back", async () => {
    const fields = fieldsToTranslate({ document, sourceLocale: "fi", lagging: { sv: ["sections.basic-idea", "sections.tips"] } }, "sv");
    expect(fields).toEqual(["sections.basic-idea", "sections.tips"]);
    const xml = await toXliff(id, document, "fi", "sv", fields);
    expect(xml).toContain('srcLang="fi"');
    expect(xml).toContain('trgLang="sv"');
    expect(xml).toContain("Gammal översättning.");
    const translated = xml.replace("<target>Gammal översättning.</target>", "<target>Grupp &lt;4 personer&gt; &amp; \"jämlikar\"</target>");
    expect(await fromXliff(translated, id, "fi")).toEqual({ target: "sv", texts: { "sections.basic-idea": 'Grupp <4 personer> & "jämlikar"' } });
    // Untouched, the source's Markdown survives the round trip as the earlier target did.
    const all = await toXliff(id, { ...document, texts: { fi: document.texts.fi, en: { name: "", shortDescription: "", sections: { "basic-idea": document.texts.fi!.sections["basic-idea"] } } } }, "fi", "en", ["sections.basic-idea"]);
    expect((await fromXliff(all, id, "fi")).texts["sections.basic-idea"]).toBe(document.texts.fi!.sections["basic-idea"]);
  });

  it("exports every field the source has for a language not yet begun", () => {
    expect(fieldsToTranslate({ document, sourceLocale: "fi", lagging: {} }, "en")).toEqual(["name", "shortDescription", "sections.basic-idea", "sections.tips"]);
  });

  it("refuses a file for another model, other languages, an unknown field or no XLIFF at all", async () => {
    const xml = await toXliff(id, document, "fi", "sv", ["name"]);
    const reason = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof XliffImportError ? error.reason : error));
    expect(await reason(fromXliff(xml, "22222222-2222-2222-2222-222222222222", "fi"))).toBe("otherModel");
    expect(await reason(fromXliff(xml, id, "sv"))).toBe("languages");
    expect(await reason(fromXliff(xml.replace('id="name"', 'id="password"'), id, "fi"))).toBe("unknownField");
    expect(await reason(fromXliff("<html>not xliff</html>", id, "fi"))).toBe("unreadable");
  });
});
