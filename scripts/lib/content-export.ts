// What `npm run content:export` does: the models of the live tables written as content
// folders, in the canonical form of content/ (src/content/render.ts), so that a folder can be
// checked, diffed and seeded like the shipped one.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { renderModelFiles, withDocumentFiles, type DocumentFile } from "@/content/render";
import { documentsFolder } from "@/content/schema";
import type { Db } from "@/db/client";
import { documentKey } from "@/documents/keys";
import { documentStorage, type DocumentStorage } from "@/documents/storage";
import { locales } from "@/domain/locale";
import { readLiveDocuments } from "@/queries/model-document";

export class UnknownModelsError extends Error {
  constructor(readonly slugs: string[]) {
    super(`no model with the slug ${slugs.join(", ")} in the database; nothing was written`);
    this.name = "UnknownModelsError";
  }
}

/** A document's file is named in the database but not in the document storage. */
export class MissingDocumentFileError extends Error {
  constructor(
    readonly slug: string,
    readonly checksum: string,
  ) {
    super(`the model ${slug} names a document file that is not in the document storage: ${documentKey(checksum)}`);
    this.name = "MissingDocumentFileError";
  }
}

/** Copies the model's document files from storage into `dir`, which is written anew. */
async function copyDocumentFiles(storage: DocumentStorage, slug: string, files: DocumentFile[], dir: string) {
  await rm(dir, { recursive: true, force: true });
  if (files.length === 0) return;
  await mkdir(dir, { recursive: true });
  for (const { checksum, name } of files) {
    const stored = await storage.get(documentKey(checksum));
    if (!stored) throw new MissingDocumentFileError(slug, checksum);
    const { body } = stored;
    await writeFile(join(dir, name), body instanceof Readable ? body : new Uint8Array(await new Response(body).arrayBuffer()));
  }
}

/**
 * Writes `out`/models/<slug>/ for every published model, or for each model `slugs` names (in
 * any state), and returns the slugs written. A folder that is there already gets the files
 * anew, and loses the Markdown file of a language the model no longer has; other folders are
 * left alone. Throws UnknownModelsError, before writing anything, when a slug names no model.
 * A model's uploaded documents are copied from `storage` into its documents/ folder.
 */
export async function exportModels(db: Db, out: string, slugs?: string[], storage: DocumentStorage = documentStorage()): Promise<string[]> {
  const documents = await readLiveDocuments(db, { slugs });
  const unknown = slugs?.filter((slug) => !documents.some((doc) => doc.slug === slug)) ?? [];
  if (unknown.length > 0) throw new UnknownModelsError(unknown);
  for (const stored of documents) {
    const { doc, files: documentFiles } = withDocumentFiles(stored);
    const dir = join(out, "models", doc.slug);
    const files: Record<string, string> = renderModelFiles(doc);
    await mkdir(dir, { recursive: true });
    for (const locale of locales) if (!files[`${locale}.md`]) await rm(join(dir, `${locale}.md`), { force: true });
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    await copyDocumentFiles(storage, doc.slug, documentFiles, join(dir, documentsFolder));
  }
  return documents.map((doc) => doc.slug);
}
