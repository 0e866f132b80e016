// The seed with an evaluation document's PDF beside index.yaml, on both databases: the file is
// stored as an upload is (storage under its checksum's key, a StoredFile with what was read
// from it), a second seed changes nothing, a lost stored file is put back when its model is
// seeded again, a changed PDF re-seeds its model,
// and a file that is no PDF fails the seed and leaves the database as it was.
import { createHash } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentErrors } from "@/content/errors";
import { createDb, type Db } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { documentKey } from "@/documents/keys";
import { localDocumentStorage } from "@/documents/local-storage";
import type { DocumentStorage } from "@/documents/storage";
import { seedFolder } from "@/store/seed";
import { copyCatalogue, editFile, referenceModel, writeDocumentFile } from "../support/content";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases";
import { makePdf } from "../support/pdf";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const pdf = makePdf({ pages: ["Arviointiraportti: kohtaamispaikka vapautuville", "Tulokset ja suositukset"], title: "Arviointiraportti", lang: "fi-FI", tagged: true });

describe.each(databaseKinds())("seed with document files (%s)", (kind) => {
  let database: TestDatabase;
  let db: Db;
  let storage: DocumentStorage;
  let dir: string;
  const seed = () => seedFolder(db, dir, { storage });
  const documentOf = () =>
    db.evaluationDocument.findFirstOrThrow({ where: { evaluation: { model: { slug: referenceModel } } }, include: { file: true } });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await applyMigrations(database.url);
    db = createDb(database.url, database.poolSize);
    storage = localDocumentStorage(await mkdtemp(join(tmpdir(), "palaset-documents-")));
    dir = await copyCatalogue();
    await writeDocumentFile(dir, "raportti.pdf", pdf);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it("stores the file as an upload is stored and names it by its checksum", async () => {
    expect((await seed()).models.created).toBe(10);
    const checksum = sha256(pdf);
    const document = await documentOf();
    expect(document).toMatchObject({ checksum, url: null, sizeBytes: pdf.byteLength, language: "fi" });
    expect(document.file).toMatchObject({
      checksum,
      storageKey: documentKey(checksum),
      sizeBytes: pdf.byteLength,
      pageCount: 2,
      tagged: true,
      pdfTitle: "Arviointiraportti",
      pdfLanguage: "fi-FI",
      language: "fi",
      uploadedById: null,
    });
    expect(document.file?.text).toContain("suositukset");
    const stored = await storage.get(documentKey(checksum));
    if (!stored) throw new Error("the file is not in storage");
    const { body } = stored;
    expect(new Uint8Array(body instanceof Readable ? await buffer(body) : await new Response(body).arrayBuffer())).toEqual(pdf);
  });

  it("changes nothing when run again", async () => {
    const before = await documentOf();
    expect((await seed()).models).toMatchObject({ created: 0, updated: 0, unchanged: 10 });
    expect(await documentOf()).toEqual(before);
    expect(await db.storedFile.count()).toBe(1);
  });

  it("puts back a file that storage lost when its model is seeded again, without a second StoredFile", async () => {
    const key = documentKey(sha256(pdf));
    await storage.remove(key);
    await editFile(dir, `models/${referenceModel}/index.yaml`, /title: "Arviointiraportti: /, 'title: "Arviointiraportti (2020): ');
    expect((await seed()).models).toMatchObject({ created: 0, updated: 1, unchanged: 9 });
    expect(await storage.has(key)).toBe(true);
    expect(await db.storedFile.count()).toBe(1);
  });

  it("re-seeds the model when its PDF changes, and keeps the old file for whatever names it", async () => {
    const changed = makePdf({ pages: ["Päivitetty raportti"], title: "Päivitetty" });
    await writeFile(join(dir, "models", referenceModel, "documents", "raportti.pdf"), changed);
    expect((await seed()).models).toMatchObject({ created: 0, updated: 1, unchanged: 9 });
    const document = await documentOf();
    expect(document).toMatchObject({ checksum: sha256(changed), sizeBytes: changed.byteLength });
    expect(document.file).toMatchObject({ pageCount: 1, tagged: false, pdfTitle: "Päivitetty" });
    expect(await db.storedFile.count()).toBe(2);
  });

  it("fails on a file that is not a PDF and leaves the database as it was", async () => {
    const before = await documentOf();
    await writeFile(join(dir, "models", referenceModel, "documents", "raportti.pdf"), "<!doctype html><p>ei raportti</p>");
    const error = await seed().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentErrors);
    expect(error instanceof ContentErrors && error.errors[0]).toMatchObject({
      file: join(dir, "models", referenceModel, "index.yaml"),
      field: "evaluations.0.documents.0.file",
    });
    expect(await documentOf()).toEqual(before);
  });
});
