import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePdf } from "../../tests/support/pdf";
import { documentKey, InvalidDocumentKeyError } from "./keys";
import { localDocumentStorage } from "./local-storage";
import { s3DocumentStorage } from "./s3-storage";
import type { DocumentStorage, StoredDocument } from "./storage";

const bytes = makePdf({ pages: ["Arviointiraportti", "Liitteet"] });
const key = documentKey(createHash("sha256").update(bytes).digest("hex"));

async function bytesOf(body: StoredDocument["body"]): Promise<Uint8Array> {
  return new Uint8Array(body instanceof Readable ? await buffer(body) : await new Response(body).arrayBuffer());
}

async function readBack(storage: DocumentStorage, key: string) {
  const stored = await storage.get(key);
  return stored && { size: stored.size, bytes: await bytesOf(stored.body) };
}

/** What both storages must do with a document. */
async function roundTrip(storage: DocumentStorage) {
  expect(await storage.has(key)).toBe(false);
  expect(await storage.get(key)).toBeNull();
  await storage.put(key, bytes);
  await storage.put(key, bytes);
  expect(await storage.has(key)).toBe(true);
  expect(await readBack(storage, key)).toEqual({ size: bytes.byteLength, bytes });
  await storage.remove(key);
  expect(await storage.has(key)).toBe(false);
  expect(await storage.get(key)).toBeNull();
  await storage.remove(key);
}

describe("documentKey", () => {
  it("files a checksum under its first two digits", () => {
    expect(documentKey("ab".padEnd(64, "0"))).toBe(`pdf/ab/${"ab".padEnd(64, "0")}.pdf`);
    expect(() => documentKey("../../etc/passwd")).toThrow(InvalidDocumentKeyError);
    expect(() => documentKey("AB".padEnd(64, "0"))).toThrow(InvalidDocumentKeyError);
  });
});

describe("local document storage", () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "palaset-documents-"));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("puts, gets, knows and removes a document, and leaves no temporary file", async () => {
    const storage = localDocumentStorage(folder);
    await roundTrip(storage);
    await storage.put(key, bytes);
    expect(readdirSync(join(folder, key, ".."))).toEqual([key.split("/").at(-1)]);
  });

  it("refuses a key that is not one of ours", async () => {
    const storage = localDocumentStorage(folder);
    const escaping = `pdf/${key.slice(4, 6)}/../../../outside.pdf`;
    await expect(storage.put(escaping, bytes)).rejects.toThrow(InvalidDocumentKeyError);
    await expect(storage.get(escaping)).rejects.toThrow(InvalidDocumentKeyError);
    await expect(storage.has("pdf/00/report.pdf")).rejects.toThrow(InvalidDocumentKeyError);
    await expect(storage.remove(key.replace("pdf/", "pdf/ff/"))).rejects.toThrow(InvalidDocumentKeyError);
  });
});

describe("S3 document storage", () => {
  let folder: string;
  let server: S3rver;
  let storage: DocumentStorage;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "palaset-s3rver-"));
    server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: folder, configureBuckets: [{ name: "palaset-test" }] });
    const { port } = await server.run();
    storage = s3DocumentStorage({
      bucket: "palaset-test",
      endpoint: `http://127.0.0.1:${port}`,
      region: "us-east-1",
      forcePathStyle: true,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("puts, gets, knows and removes a document, byte for byte", async () => {
    await roundTrip(storage);
  });

  it("refuses a key that is not one of ours before asking the server", async () => {
    await expect(storage.put("../palaset-test/x.pdf", bytes)).rejects.toThrow(InvalidDocumentKeyError);
  });
});
