// The editorial workflow on both databases: revisions with full snapshots, a stale save
// refused (also when two transactions race), per-language publishing that leaves a draft out
// of the live rows, slug redirects, the seed keeping an editor's version, restore and purge.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotAllowedError } from "@/auth/people-admin";
import type { Viewer } from "@/auth/permissions";
import { createUser } from "@/auth/users";
import type { ModelDocument } from "@/content/document";
import {
  createModel,
  openModel,
  publish,
  purgeRevision,
  restoreRevision,
  returnToDraft,
  saveDraft,
  StaleSaveError,
  submitForReview,
} from "@/editorial/models";
import { checkModelDocument } from "@/content/document";
import { readKnownKeys } from "@/editorial/known-keys";
import { readDraftModelPage } from "@/editorial/preview";
import { readLiveDocument } from "@/queries/model-document";
import { readModelPage } from "@/queries/models";
import { readPublishedSlugs } from "@/queries/published-slugs";
import { seedFolder } from "@/store/seed";
import { copyCatalogue, fixtureCatalogue, referenceModel } from "../support/content";
import { viewerOf as viewerOfAccount } from "../support/viewers";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";

const password = "oikein-pitkä-salasana";

const draft = (slug: string, name: string): ModelDocument => ({
  slug,
  facts: { themes: [], developers: ["porin-tukiyhdistys"] },
  texts: {
    fi: { name, shortDescription: "Lyhyt kuvaus ryhmätoiminnasta.", sections: { "basic-idea": "Ryhmät kokoontuvat viikoittain." } },
    sv: { name: `${name} (sv)`, shortDescription: "Kort beskrivning av gruppverksamheten.", sections: { "basic-idea": "Grupperna träffas varje vecka." } },
    en: { name: `${name} (en)`, shortDescription: "A short description of the group work.", sections: {} },
  },
});

describe.each(databaseKinds())("editorial workflow (%s)", (kind) => {
  let database: SeededDatabase;
  let editor: Viewer;
  let publisher: Viewer;
  let outsider: Viewer;
  let admin: Viewer;

  const viewerOf = (email: string) => viewerOfAccount(database.db, email);
  const versionOf = async (id: string) => (await database.db.practiceModel.findUniqueOrThrow({ where: { id } })).version;

  beforeAll(async () => {
    database = await seededDatabase(kind);
    await createUser(database.db, { email: "ed@example.fi", name: "Editori", password, memberships: [{ organisationKey: "porin-tukiyhdistys", role: "EDITOR" }] });
    await createUser(database.db, { email: "pub@example.fi", name: "Julkaisija", password, memberships: [{ organisationKey: "porin-tukiyhdistys", role: "PUBLISHER" }] });
    await createUser(database.db, { email: "out@example.fi", name: "Ulkopuolinen", password, memberships: [{ organisationKey: "sirkusliitto", role: "PUBLISHER" }] });
    await createUser(database.db, { email: "admin@example.fi", name: "Admin", password, nationalRole: "ADMIN" });
    editor = await viewerOf("ed@example.fi");
    publisher = await viewerOf("pub@example.fi");
    outsider = await viewerOf("out@example.fi");
    admin = await viewerOf("admin@example.fi");
  });
  afterAll(() => database?.drop());

  it("keeps a draft out of the live rows until it is published, in the languages chosen", async () => {
    const id = await createModel(database.db, editor, draft("kuunteleva-ryhma", "Kuunteleva ryhmä"), "fi");
    expect(await readModelPage(database.db, "fi", "kuunteleva-ryhma")).toBeNull();
    const submitted = await submitForReview(database.db, editor, { id, baseVersion: await versionOf(id) });
    await expect(publish(database.db, outsider, { id, baseVersion: submitted.version }, { locales: ["fi"], changeNotes: null })).rejects.toBeInstanceOf(NotAllowedError);
    await expect(publish(database.db, editor, { id, baseVersion: submitted.version }, { locales: ["fi"], changeNotes: null })).rejects.toBeInstanceOf(NotAllowedError);
    await publish(database.db, publisher, { id, baseVersion: submitted.version }, { locales: ["fi", "sv"], changeNotes: { fi: "Ensimmäinen julkaisu.", sv: "Första publiceringen." } });

    const fi = await readModelPage(database.db, "fi", "kuunteleva-ryhma");
    expect(fi).toMatchObject({ name: "Kuunteleva ryhmä", availableLocales: ["fi", "sv"], changeNotes: [{ note: "Ensimmäinen julkaisu." }] });
    expect((await readModelPage(database.db, "en", "kuunteleva-ryhma"))?.locale).toBe("fi"); // English waits: the page falls back
    const model = await openModel(database.db, editor, id);
    expect(model).toMatchObject({ state: "PUBLISHED", liveState: "PUBLISHED", pending: ["en"] });

    // Editing the live model makes a draft; the public page stays as it was, and so does the
    // date readers sort, follow (the feed) and crawl (the sitemap) by.
    const updatedAt = async () => (await database.db.practiceModel.findUniqueOrThrow({ where: { id } })).updatedAt;
    const published = await updatedAt();
    expect(published.getTime()).toBeGreaterThan(Date.now() - 60_000);
    const edited = structuredClone(model!.document);
    edited.texts.fi!.name = "Kuunteleva ryhmä 2";
    await saveDraft(database.db, editor, { id, baseVersion: model!.version }, edited);
    expect((await readModelPage(database.db, "fi", "kuunteleva-ryhma"))?.name).toBe("Kuunteleva ryhmä");
    expect(await updatedAt()).toEqual(published);
    const after = await openModel(database.db, editor, id);
    expect(after?.state).toBe("DRAFT");
    // The Swedish name is now older than the Finnish one it translates.
    expect(after?.lagging.sv).toContain("name");
    expect(await database.db.modelRevision.count({ where: { modelId: id } })).toBe(4);
    expect(await database.db.auditEntry.count({ where: { subjectId: id, action: { in: ["model-created", "model-submitted", "model-published"] } } })).toBe(3);
  });

  it("refuses a save based on an old version and returns the text saved meanwhile", async () => {
    const id = await createModel(database.db, editor, draft("kaksi-muokkaajaa", "Kaksi muokkaajaa"), "fi");
    const opened = (await openModel(database.db, editor, id))!;
    const mine = structuredClone(opened.document);
    mine.texts.fi!.shortDescription = "Minun versioni.";
    const theirs = structuredClone(opened.document);
    theirs.texts.fi!.shortDescription = "Toisen versio.";
    await saveDraft(database.db, publisher, { id, baseVersion: opened.version }, theirs);
    const error = await saveDraft(database.db, editor, { id, baseVersion: opened.version }, mine).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleSaveError);
    expect((error as StaleSaveError).current.document.texts.fi?.shortDescription).toBe("Toisen versio.");
  });

  it("lets only one of two concurrent saves from the same version through", async () => {
    const id = await createModel(database.db, editor, draft("samanaikainen", "Samanaikainen"), "fi");
    const opened = (await openModel(database.db, editor, id))!;
    const results = await Promise.allSettled(
      ["A", "B"].map((text) => {
        const document = structuredClone(opened.document);
        document.texts.fi!.shortDescription = text;
        return saveDraft(database.db, editor, { id, baseVersion: opened.version }, document);
      }),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof StaleSaveError)).toHaveLength(1);
    expect(await database.db.modelRevision.count({ where: { modelId: id } })).toBe(2);
  });

  it("returns a draft with a note, redirects a changed slug, restores and purges history", async () => {
    const id = await createModel(database.db, editor, draft("vanha-osoite", "Osoitteen vaihto"), "fi");
    let at = await submitForReview(database.db, editor, { id, baseVersion: await versionOf(id) });
    at = await returnToDraft(database.db, publisher, { id, baseVersion: at.version }, "Lisää kohderyhmä.");
    expect((await openModel(database.db, editor, id))?.state).toBe("DRAFT");
    at = await submitForReview(database.db, editor, { id, baseVersion: at.version });
    at = await publish(database.db, publisher, { id, baseVersion: at.version }, { locales: ["fi", "sv", "en"], changeNotes: null });

    const moved = { ...(await openModel(database.db, editor, id))!.document, slug: "uusi-osoite" };
    at = await saveDraft(database.db, editor, { id, baseVersion: await versionOf(id) }, moved);
    at = await submitForReview(database.db, editor, { id, baseVersion: at.version });
    await publish(database.db, publisher, { id, baseVersion: at.version }, { locales: ["fi"], changeNotes: null });
    expect((await readPublishedSlugs(database.db)).movedModels).toMatchObject({ "vanha-osoite": "uusi-osoite" });
    expect(await readModelPage(database.db, "fi", "uusi-osoite")).not.toBeNull();

    await restoreRevision(database.db, editor, { id, baseVersion: await versionOf(id) }, 1);
    expect((await openModel(database.db, editor, id))?.document.slug).toBe("vanha-osoite");

    await expect(purgeRevision(database.db, publisher, id, { number: 1, reason: "x" })).rejects.toBeInstanceOf(NotAllowedError);
    await purgeRevision(database.db, admin, id, { number: 1, reason: "Asiakkaan tietoja", locale: "fi", section: "basic-idea" });
    const purged = await database.db.modelRevision.findUniqueOrThrow({ where: { modelId_number: { modelId: id, number: 1 } } });
    expect((purged.snapshot as ModelDocument).texts.fi?.sections["basic-idea"]).toBe("");
    expect(purged.purges).toMatchObject([{ reason: "Asiakkaan tietoja", by: "Admin" }]);
    expect(await database.db.auditEntry.count({ where: { action: "revision-purged", subjectId: id } })).toBe(1);
  });

  it("previews a draft as the published page itself, with unsafe Markdown neutralized", async () => {
    const live = await readLiveDocument(database.db, referenceModel);
    const checked = checkModelDocument(live!, await readKnownKeys(database.db));
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    const { id: referenceId } = await database.db.practiceModel.findUniqueOrThrow({ where: { slug: referenceModel } });
    for (const locale of ["fi", "sv", "en"] as const) {
      const published = await readModelPage(database.db, locale, referenceModel);
      expect(await readDraftModelPage(database.db, locale, referenceId, checked.model)).toEqual({ ...published, changeNotes: [] });
    }

    const unsafe = structuredClone(live!);
    unsafe.texts.fi!.sections["basic-idea"] =
      '<script>alert(1)</script>\n\n[linkki](javascript:alert(1)) <img src="https://evil.example/x.png" onerror="alert(1)">\n\n' + "a".repeat(100_000);
    const check = checkModelDocument(unsafe, await readKnownKeys(database.db));
    if (!check.ok) throw new Error(JSON.stringify(check.issues));
    const html = (await readDraftModelPage(database.db, "fi", referenceId, check.model)).sections.find((x) => x.key === "basic-idea")?.html ?? "";
    expect(html).not.toMatch(/<script|javascript:|onerror|evil\.example/);
    expect(html).toContain("a".repeat(1000));
  });

  it("hides drafts from organisations the model does not belong to", async () => {
    const id = await createModel(database.db, editor, draft("vain-omille", "Vain omille"), "fi");
    await expect(openModel(database.db, outsider, id)).rejects.toBeInstanceOf(NotAllowedError);
  });

  it("keeps a model an editor published when its file changed too, until the seed is forced", async () => {
    const seeded = await database.db.practiceModel.findUniqueOrThrow({ where: { slug: "kohtaamispaikka-vapautuville" } });
    const opened = (await openModel(database.db, editor, seeded.id))!;
    const changed = structuredClone(opened.document);
    changed.texts.fi!.name = "Toimittajan nimi";
    let at = await saveDraft(database.db, editor, { id: seeded.id, baseVersion: opened.version }, changed);
    at = await submitForReview(database.db, editor, { id: seeded.id, baseVersion: at.version });
    await publish(database.db, publisher, { id: seeded.id, baseVersion: at.version }, { locales: ["fi"], changeNotes: null });

    // The same files again: nothing to report, the editor's text stays.
    expect((await seedFolder(database.db, fixtureCatalogue)).models.conflicts).toEqual([]);
    expect((await readModelPage(database.db, "fi", "kohtaamispaikka-vapautuville"))?.name).toBe("Toimittajan nimi");

    // The file changed as well: a conflict, named, and the editor's version stays.
    const copy = await copyCatalogue();
    const file = join(copy, "models", "kohtaamispaikka-vapautuville", "fi.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^name: .*$/m, "name: Tiedoston uusi nimi"));
    expect((await seedFolder(database.db, copy)).models.conflicts).toEqual(["kohtaamispaikka-vapautuville"]);
    expect((await readModelPage(database.db, "fi", "kohtaamispaikka-vapautuville"))?.name).toBe("Toimittajan nimi");
    await seedFolder(database.db, copy, { force: true });
    expect((await readModelPage(database.db, "fi", "kohtaamispaikka-vapautuville"))?.name).toBe("Tiedoston uusi nimi");
    // Models made in the working area are never removed by a seed.
    expect(await database.db.practiceModel.count({ where: { slug: "kuunteleva-ryhma", state: "PUBLISHED" } })).toBe(1);
  });
});
