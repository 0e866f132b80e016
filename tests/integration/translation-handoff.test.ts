// Translation hand-off on both databases: taking out the XLIFF of a model's Swedish fields that
// are behind records a translation request (listed on the models list); bringing the
// translated file back writes them into a new draft revision, leaves the Finnish untouched and
// ends the request; an outsider may do neither; a file for another model is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotAllowedError } from "@/auth/people-admin";
import type { Viewer } from "@/auth/permissions";
import { createUser } from "@/auth/users";
import type { ModelDocument } from "@/content/document";
import { listModels } from "@/editorial/list";
import { createModel, openModel, saveDraft, StaleSaveError } from "@/editorial/models";
import { exportTranslation, importTranslation, XliffImportError } from "@/editorial/xliff";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";
import { viewerOf } from "../support/viewers";

const draft = (slug: string, basicIdea: string, swedish: string): ModelDocument => ({
  slug,
  facts: { themes: [], developers: ["porin-tukiyhdistys"] },
  texts: {
    fi: { name: "Käännettävä", shortDescription: "Ryhmä kokoontuu.", sections: { "basic-idea": basicIdea, tips: "Varaa tila ajoissa." } },
    sv: { name: "Översättas", shortDescription: "Gruppen träffas.", sections: { "basic-idea": swedish } },
  },
});

describe.each(databaseKinds())("translation hand-off (%s)", (kind) => {
  let database: SeededDatabase;
  let editor: Viewer;
  let outsider: Viewer;
  let modelId: string;
  let other: string;
  const version = async (id: string) => (await database.db.practiceModel.findUniqueOrThrow({ where: { id } })).version;

  beforeAll(async () => {
    database = await seededDatabase(kind);
    const password = "oikein-pitkä-salasana";
    await createUser(database.db, { email: "ed@example.fi", name: "Eeva", password, memberships: [{ organisationKey: "porin-tukiyhdistys", role: "EDITOR" }] });
    await createUser(database.db, { email: "out@example.fi", name: "Ulla", password, memberships: [{ organisationKey: "sirkusliitto", role: "EDITOR" }] });
    editor = await viewerOf(database.db, "ed@example.fi");
    outsider = await viewerOf(database.db, "out@example.fi");
    modelId = await createModel(database.db, editor, draft("kaannettava", "Alkuperäinen.", "Ursprunglig."), "fi");
    await saveDraft(database.db, editor, { id: modelId, baseVersion: await version(modelId) }, draft("kaannettava", "Suomi muuttui.", "Ursprunglig."));
    other = await createModel(database.db, editor, draft("toinen", "Toinen.", "Annan."), "fi");
  });
  afterAll(() => database?.drop());

  it("exports the Swedish fields behind, records the request, and imports the translation into a draft", async () => {
    await expect(exportTranslation(database.db, outsider, modelId, "sv")).rejects.toBeInstanceOf(NotAllowedError);
    const file = await exportTranslation(database.db, editor, modelId, "sv");
    expect(file?.fileName).toBe("kaannettava.fi-sv.xlf");
    expect(file?.xml).toContain("Suomi muuttui.");
    expect(file?.xml).toContain("Varaa tila ajoissa.");
    expect(file?.xml).not.toContain("Ryhmä kokoontuu.");
    const listed = (await listModels(database.db, editor, "fi", { filter: "all", q: "" })).find((m) => m.id === modelId);
    expect(listed?.translationRequests).toEqual([{ locale: "sv", requestedAt: expect.any(Date) }]);

    const translated = file!.xml
      .replace("<target>Ursprunglig.</target>", "<target>Finskan ändrades.</target>")
      .replace(/(<source>Varaa tila ajoissa.<\/source>)/, "$1<target>Boka lokalen i tid.</target>");
    await expect(importTranslation(database.db, outsider, { id: modelId, baseVersion: await version(modelId) }, translated)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(importTranslation(database.db, editor, { id: other, baseVersion: await version(other) }, translated)).rejects.toBeInstanceOf(XliffImportError);
    await expect(importTranslation(database.db, editor, { id: modelId, baseVersion: (await version(modelId)) - 1 }, translated)).rejects.toBeInstanceOf(StaleSaveError);
    const result = await importTranslation(database.db, editor, { id: modelId, baseVersion: await version(modelId) }, translated);
    expect(result).toMatchObject({ target: "sv", fields: 2 });

    const model = await openModel(database.db, editor, modelId);
    expect(model?.document.texts.sv?.sections).toEqual({ "basic-idea": "Finskan ändrades.", tips: "Boka lokalen i tid." });
    expect(model?.document.texts.fi?.sections["basic-idea"]).toBe("Suomi muuttui.");
    expect(model?.lagging.sv ?? []).toEqual([]);
    expect(await database.db.translationRequest.count({ where: { modelId } })).toBe(0);
    // Nothing left to translate: no file.
    expect(await exportTranslation(database.db, editor, modelId, "sv")).toBeNull();
  });
});
