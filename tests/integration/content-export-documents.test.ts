// content:export with a document file, on both databases: a model folder's PDF, seeded into
// the document storage, is written back as documents/<checksum prefix>.pdf beside index.yaml,
// and an export, a seed of it into an empty database (and an empty storage) and a second
// export give the same folders, byte for byte.
import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { localDocumentStorage } from "@/documents/local-storage";
import { seedFolder } from "@/store/seed";
import { exportModels } from "../../scripts/lib/content-export";
import { copyCatalogue, referenceModel, writeDocumentFile } from "../support/content";
import { createTestDatabase, databaseKinds, type DatabaseKind } from "../support/databases";
import { makePdf } from "../support/pdf";

const pdf = makePdf({ pages: ["Arviointiraportti", "Liite"], title: "Arviointiraportti", lang: "fi-FI" });
const temporary = (prefix: string) => mkdtemp(join(tmpdir(), prefix));

/** Every file under `dir`, by its path there, as bytes. */
async function filesUnder(dir: string): Promise<Record<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
  return Object.fromEntries(await Promise.all(files.sort().map(async (file) => [file, await readFile(join(dir, file))])));
}

/** Seeds `content` into a new database with a storage of its own, and exports its models. */
async function seedAndExport(kind: DatabaseKind, content: string): Promise<string> {
  const database = await createTestDatabase(kind);
  let db: Db | undefined;
  try {
    await applyMigrations(database.url);
    db = createDb(database.url, database.poolSize);
    const storage = localDocumentStorage(await temporary("palaset-documents-"));
    await seedFolder(db, content, { storage });
    const out = await temporary("palaset-export-");
    await exportModels(db, out, undefined, storage);
    return out;
  } finally {
    await db?.$disconnect();
    await database.drop();
  }
}

describe.each(databaseKinds())("content:export with document files (%s)", (kind) => {
  let content: string;
  beforeAll(async () => {
    content = await copyCatalogue();
    await writeDocumentFile(content, "arviointiraportti.pdf", pdf);
  });
  afterAll(() => rm(join(content, ".."), { recursive: true, force: true }));

  it("writes the file beside index.yaml and keeps it through a seed into an empty database and a second export", async () => {
    const first = await seedAndExport(kind, content);
    const name = `${createHash("sha256").update(pdf).digest("hex").slice(0, 16)}.pdf`;
    const model = join(first, "models", referenceModel);
    expect(await readdir(join(model, "documents"))).toEqual([name]);
    expect(new Uint8Array(await readFile(join(model, "documents", name)))).toEqual(pdf);
    const index = await readFile(join(model, "index.yaml"), "utf8");
    expect(index).toContain(`file: documents/${name}`);
    expect(index).not.toContain("sizeBytes");

    const again = await copyCatalogue(content);
    await rm(join(again, "models"), { recursive: true });
    await cp(join(first, "models"), join(again, "models"), { recursive: true });
    const second = await seedAndExport(kind, again);
    expect(await filesUnder(second)).toEqual(await filesUnder(first));
  });
});
