// The seed's side of the PDFs beside a model's index.yaml: each file of a new or changed model
// is kept as an upload is (stored-files.ts). A file the database has already (the same
// checksum) is not read as a PDF again; it is only put back into storage if storage lost it.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { inspectContentFile, forEachFile } from "@/content/content-files";
import { ContentError, ContentErrors } from "@/content/errors";
import type { ContentFile } from "@/content/model-files";
import { documentKey } from "@/documents/keys";
import type { DocumentStorage } from "@/documents/storage";
import { keepFile } from "./stored-files";
import type { Tx } from "./upsert";

/** Keeps `files` in `storage` and as StoredFile rows; throws ContentErrors for a file that is no PDF we take. */
export async function storeContentFiles(tx: Tx, storage: () => DocumentStorage, files: ContentFile[]) {
  if (files.length === 0) return;
  const unique = [...new Map(files.map((f) => [f.checksum, f])).values()];
  const known = await tx.storedFile.findMany({ where: { checksum: { in: unique.map((f) => f.checksum) } }, select: { checksum: true } });
  const stored = new Set(known.map((f) => f.checksum));
  const errors: ContentError[] = [];
  // Parsing happens on a worker thread per file (inspectUpload); the writes below are this
  // transaction's, one at a time.
  const inspected = new Map<ContentFile, Awaited<ReturnType<typeof inspectContentFile>>>();
  await forEachFile(
    unique.filter((f) => !stored.has(f.checksum)),
    async (file) => void inspected.set(file, await inspectContentFile(file)),
  );
  for (const file of unique) {
    const result = inspected.get(file);
    if (!result) {
      const key = documentKey(file.checksum);
      if (await storage().has(key)) continue;
      const bytes = new Uint8Array(await readFile(file.path));
      if (createHash("sha256").update(bytes).digest("hex") !== file.checksum) {
        errors.push(new ContentError(file.at.file, file.at.line, file.at.field, "the file changed while it was being read; run again"));
      } else await storage().put(key, bytes);
    } else if (result.ok) await keepFile(tx, storage(), result.bytes, result.inspected, file.language, null);
    else errors.push(result.error);
  }
  if (errors.length > 0) throw new ContentErrors(errors);
}
