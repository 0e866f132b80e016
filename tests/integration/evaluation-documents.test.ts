// Evaluation documents on both databases and both storages: an upload is checked, read and
// stored once by its checksum however many evaluations use it; a bad file changes nothing; a
// link must be https; publishing shows pages and accessibility on the model page, and the file
// becomes public at its address.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/auth/permissions";
import { createUser } from "@/auth/users";
import { documentKey } from "@/documents/keys";
import { localDocumentStorage } from "@/documents/local-storage";
import { s3DocumentStorage } from "@/documents/s3-storage";
import type { DocumentStorage } from "@/documents/storage";
import { attachLink, attachUpload, detachDocument, PublishedDocumentError, purgeFile, supersedeDocument, UploadRefusedError } from "@/editorial/evaluation-documents";
import { createEvaluation, openEvaluation, publishEvaluation } from "@/editorial/evaluations";
import { NotAllowedError } from "@/auth/people-admin";
import { readInaccessibleDocuments, readServedFile } from "@/queries/documents";
import { readModelPage } from "@/queries/models";
import { emptyFilters } from "@/search/params";
import { searchModels } from "@/search/search";
import { referenceModel } from "../support/content";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";
import { makePdf } from "../support/pdf";
import { viewerOf } from "../support/viewers";

/** A report of its own for each storage: the same bytes would be the same file in the database. */
const reportFor = (storage: string) =>
  makePdf({ pages: ["Arviointiraportti", `Vertaisohjaajat ja sateenkaarisillat (${storage})`, "Liitteet"], title: "Arviointiraportti", lang: "fi-FI", tagged: true });
const untagged = makePdf({ pages: ["Toinen raportti"] });
const draftTexts = { fi: { summary: "Luottamus kasvoi." }, sv: { summary: "Förtroendet växte." }, en: { summary: "Trust grew." } };

const storages: [string, () => Promise<{ storage: DocumentStorage; close: () => Promise<void> }>][] = [
  [
    "local folder",
    async () => {
      const folder = mkdtempSync(join(tmpdir(), "palaset-documents-"));
      return { storage: localDocumentStorage(folder), close: async () => rmSync(folder, { recursive: true, force: true }) };
    },
  ],
  [
    "S3 (s3rver)",
    async () => {
      const directory = mkdtempSync(join(tmpdir(), "palaset-s3-"));
      const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: "palaset-test" }] });
      const { port } = await server.run();
      const storage = s3DocumentStorage({
        bucket: "palaset-test",
        endpoint: `http://127.0.0.1:${port}`,
        region: "us-east-1",
        forcePathStyle: true,
        credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      });
      return { storage, close: async () => { await server.close(); rmSync(directory, { recursive: true, force: true }); } };
    },
  ],
];

describe.each(databaseKinds())("evaluation documents (%s)", (kind) => {
  let database: SeededDatabase;
  let coordinator: Viewer;
  let editor: Viewer;
  let modelId: string;

  beforeAll(async () => {
    database = await seededDatabase(kind);
    await createUser(database.db, { email: "coord@example.fi", name: "Koordinaattori", password: "oikein-pitkä-salasana", nationalRole: "COORDINATOR" });
    await createUser(database.db, { email: "ed@example.fi", name: "Editori", password: "oikein-pitkä-salasana", memberships: [{ organisationKey: "porin-tukiyhdistys", role: "EDITOR" }] });
    coordinator = await viewerOf(database.db, "coord@example.fi");
    editor = await viewerOf(database.db, "ed@example.fi");
    modelId = (await database.db.practiceModel.findUniqueOrThrow({ where: { slug: referenceModel } })).id;
  });
  afterAll(() => database?.drop());

  const newEvaluation = () =>
    createEvaluation(database.db, coordinator, modelId, {
      facts: { evaluator: "arviointikeskus", evaluatedOn: "2026-11-01", strengthens: ["own-life"], documents: [] },
      texts: draftTexts,
    });

  describe.each(storages)("stored in %s", (name, start) => {
    const report = reportFor(name);
    let storage: DocumentStorage;
    let close: () => Promise<void>;
    beforeAll(async () => ({ storage, close } = await start()));
    afterAll(() => close?.());

    it("stores a report once for two evaluations, each with its own page, and publishes it", async () => {
      const first = await newEvaluation();
      const second = await newEvaluation();
      const attached = await attachUpload(database.db, storage, coordinator, { id: first, baseRevision: 1 }, report, { title: "", language: "fi", page: 2 });
      await attachUpload(database.db, storage, coordinator, { id: second, baseRevision: 1 }, report, { title: "Yhteisraportti", language: "fi", page: 3 });
      const key = documentKey(attached.file.ok ? attached.file.checksum : "");
      expect(await storage.has(key)).toBe(true);
      expect(await database.db.storedFile.count({ where: { storageKey: key } })).toBe(1);
      const opened = await openEvaluation(database.db, coordinator, first);
      // The PDF's own title fills in an empty one; pages and accessibility are read from it.
      expect(opened?.evaluation.draft.facts.documents).toMatchObject([{ title: "Arviointiraportti", language: "fi", page: 2, sizeBytes: report.byteLength }]);
      expect(opened?.files).toMatchObject([{ pageCount: 3, tagged: true, pdfTitle: "Arviointiraportti", pdfLanguage: "fi-FI" }]);

      const checksum = opened!.evaluation.draft.facts.documents![0]!.checksum!;
      // Before it is public, the people of the model's own organisation (and coordinators) may read it.
      const developers = await database.db.modelDeveloper.findMany({ where: { modelId }, select: { organisationId: true } });
      expect(await readServedFile(database.db, checksum)).toMatchObject({ public: false, draftOrganisations: developers.map((d) => d.organisationId) });
      await publishEvaluation(database.db, coordinator, { id: first, baseRevision: 2 });
      expect(await readServedFile(database.db, checksum)).toMatchObject({ public: true, title: "Arviointiraportti" });
      const shown = (await readModelPage(database.db, "fi", referenceModel))?.evaluations.flatMap((e) => e.documents);
      expect(shown).toContainEqual(expect.objectContaining({ href: `/documents/${checksum}.pdf#page=2`, pageCount: 3, tagged: true, sizeBytes: report.byteLength }));

      // A word only in the report finds the model, from the Swedish page too, and says where it matched.
      for (const locale of ["fi", "sv"] as const) {
        const found = await searchModels(database.db, locale, { q: "sateenkaarisiltojen", filters: emptyFilters(), sort: null, page: 1 });
        expect(found.hits).toEqual([expect.objectContaining({ slug: referenceModel, matchedInReport: true, snippet: null })]);
      }
    });

    it("marks a published report superseded when a newer one replaces it: listed, marked, its file kept", async () => {
      const id = await newEvaluation();
      const older = makePdf({ pages: [`Väliraportti (${name})`] });
      const newer = makePdf({ pages: [`Loppuraportti (${name})`] });
      await attachUpload(database.db, storage, coordinator, { id, baseRevision: 1 }, older, { title: "Väliraportti", language: "fi" });
      await publishEvaluation(database.db, coordinator, { id, baseRevision: 2 });
      const attached = await attachUpload(database.db, storage, coordinator, { id, baseRevision: 3 }, newer, { title: "Loppuraportti", language: "fi" });
      expect(attached.revision).toBe(4);

      // Readers have seen the older report: it is not taken off, only marked.
      await expect(detachDocument(database.db, coordinator, { id, baseRevision: 4 }, 0)).rejects.toBeInstanceOf(PublishedDocumentError);
      await expect(supersedeDocument(database.db, editor, { id, baseRevision: 4 }, 0)).rejects.toBeInstanceOf(NotAllowedError);
      await supersedeDocument(database.db, coordinator, { id, baseRevision: 4 }, 0, "2026-11-30");
      await publishEvaluation(database.db, coordinator, { id, baseRevision: 5 });

      const shown = (await readModelPage(database.db, "fi", referenceModel))?.evaluations.flatMap((e) => e.documents);
      expect(shown).toContainEqual(expect.objectContaining({ title: "Väliraportti", supersededOn: new Date("2026-11-30") }));
      expect(shown).toContainEqual(expect.objectContaining({ title: "Loppuraportti", supersededOn: null }));
      const olderChecksum = (await openEvaluation(database.db, coordinator, id))!.evaluation.draft.facts.documents![0]!.checksum!;
      expect(await readServedFile(database.db, olderChecksum)).toMatchObject({ public: true, purged: null });
      expect(await storage.has(documentKey(olderChecksum))).toBe(true);
      // A document added since the last publish may still be taken off.
      const third = await attachLink(database.db, coordinator, { id, baseRevision: 6 }, { url: "https://example.org/luonnos.pdf", title: "Luonnos", language: "fi" });
      await detachDocument(database.db, coordinator, { id, baseRevision: third.revision }, 2);
      expect((await openEvaluation(database.db, coordinator, id))!.evaluation.draft.facts.documents!.map((d) => d.title)).toEqual(["Väliraportti", "Loppuraportti"]);
    });
  });

  it("refuses what is not a readable PDF, and changes nothing", async () => {
    const { storage, close } = await storages[0]![1]();
    try {
      const id = await newEvaluation();
      const html = new TextEncoder().encode("<!doctype html><title>x</title>");
      const exe = new Uint8Array([0x4d, 0x5a, ...new Array(200).fill(0)]);
      const encrypted = makePdf({ pages: ["Salainen"], encrypted: true });
      for (const [bytes, code] of [[html, "not-pdf"], [exe, "not-pdf"], [new Uint8Array(), "empty"], [encrypted, "encrypted"], [new Uint8Array(21 * 1024 * 1024), "too-large"]] as const) {
        const refused = await attachUpload(database.db, storage, coordinator, { id, baseRevision: 1 }, bytes, { title: "x", language: "fi" }).catch((e: unknown) => e);
        expect(refused).toBeInstanceOf(UploadRefusedError);
        expect((refused as UploadRefusedError).code).toBe(code);
      }
      expect(await database.db.evaluationRevision.count({ where: { evaluationId: id } })).toBe(1);
      await expect(attachUpload(database.db, storage, editor, { id, baseRevision: 1 }, untagged, { title: "x", language: "fi" })).rejects.toBeInstanceOf(NotAllowedError);
    } finally {
      await close();
    }
  });

  it("lists a published report that is not tagged among the accessibility statement's exceptions", async () => {
    const { storage, close } = await storages[0]![1]();
    try {
      const id = await newEvaluation();
      await attachUpload(database.db, storage, coordinator, { id, baseRevision: 1 }, untagged, { title: "Taulukkoraportti", language: "fi" });
      expect((await readInaccessibleDocuments(database.db)).map((d) => d.title)).not.toContain("Taulukkoraportti");
      await publishEvaluation(database.db, coordinator, { id, baseRevision: 2 });
      expect(await readInaccessibleDocuments(database.db)).toContainEqual(expect.objectContaining({ title: "Taulukkoraportti", modelSlug: referenceModel }));
      const shown = (await readModelPage(database.db, "fi", referenceModel))?.evaluations.flatMap((e) => e.documents);
      expect(shown).toContainEqual(expect.objectContaining({ title: "Taulukkoraportti", tagged: false, pageCount: 1 }));
    } finally {
      await close();
    }
  });

  it("lets an admin purge a file for a legal reason: the bytes go, a tombstone and the audit entry stay", async () => {
    const { storage, close } = await storages[0]![1]();
    try {
      await createUser(database.db, { email: "admin@example.fi", name: "Admin", password: "oikein-pitkä-salasana", nationalRole: "ADMIN" });
      const admin = await viewerOf(database.db, "admin@example.fi");
      const id = await newEvaluation();
      const named = makePdf({ pages: ["Asiakkaan nimi näkyy tässä"] });
      const attached = await attachUpload(database.db, storage, coordinator, { id, baseRevision: 1 }, named, { title: "Vahinkoraportti", language: "fi" });
      const checksum = attached.file.ok ? attached.file.checksum : "";
      await expect(purgeFile(database.db, storage, coordinator, checksum, "Asiakkaan tietoja")).rejects.toBeInstanceOf(NotAllowedError);
      expect(await purgeFile(database.db, storage, admin, checksum, "Asiakkaan tietoja")).toBe(true);
      expect(await storage.has(documentKey(checksum))).toBe(false);
      expect(await readServedFile(database.db, checksum)).toMatchObject({ purged: { reason: "Asiakkaan tietoja" } });
      expect(await database.db.storedFile.findUniqueOrThrow({ where: { checksum } })).toMatchObject({ text: "" });
      expect(await database.db.auditEntry.count({ where: { action: "document-purged", subjectId: checksum } })).toBe(1);
    } finally {
      await close();
    }
  });

  it("attaches an https link with a persistent identifier, refuses an http one at publish, and detaches", async () => {
    const id = await newEvaluation();
    await attachLink(database.db, coordinator, { id, baseRevision: 1 }, { url: "http://example.org/raportti.pdf", title: "Raportti", language: "fi" });
    await expect(publishEvaluation(database.db, coordinator, { id, baseRevision: 2 })).rejects.toThrow(/problems/);
    await detachDocument(database.db, coordinator, { id, baseRevision: 2 }, 0);
    await attachLink(database.db, coordinator, { id, baseRevision: 3 }, { url: "https://www.julkari.fi/handle/10024/1", title: "Raportti", language: "fi", persistentId: "URN:NBN:fi-fe2021", page: 14 });
    await publishEvaluation(database.db, coordinator, { id, baseRevision: 4 });
    const shown = (await readModelPage(database.db, "fi", referenceModel))?.evaluations.flatMap((e) => e.documents);
    expect(shown).toContainEqual(
      expect.objectContaining({ href: "https://www.julkari.fi/handle/10024/1#page=14", persistent: { id: "URN:NBN:fi-fe2021", href: "https://urn.fi/URN:NBN:fi-fe2021" } }),
    );
  });
});
