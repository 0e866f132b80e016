// Reads the PDFs of model folders as the upload check reads an upload (src/documents/pdf.ts:
// by its bytes, on a worker thread per file), so that `npm run content:check` refuses what
// the working area would refuse, each problem at the line of index.yaml that names the file.
import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { inspectUpload, type InspectedUpload } from "@/documents/pdf";
import { ContentError } from "./errors";
import { fileProblems, type ContentFile } from "./model-files";

export type InspectedFile = { ok: true; bytes: Uint8Array; inspected: Extract<InspectedUpload, { ok: true }> } | { ok: false; error: ContentError };

/** Reads `file` anew and checks it; the bytes must still be those the model's reader hashed. */
export async function inspectContentFile(file: ContentFile): Promise<InspectedFile> {
  const problem = (text: string) => ({ ok: false, error: new ContentError(file.at.file, file.at.line, file.at.field, text) }) as const;
  const bytes = new Uint8Array(await readFile(file.path).catch(() => new Uint8Array()));
  if (createHash("sha256").update(bytes).digest("hex") !== file.checksum) return problem("the file changed while it was being read; run again");
  const inspected = await inspectUpload(bytes);
  return inspected.ok ? { ok: true, bytes, inspected } : problem(fileProblems[inspected.code]);
}

/** Files read at once: each takes a worker thread, and a machine has few cores. */
const concurrency = 2;

/** Calls `each` for every file, a few at a time, in order of the files. */
export async function forEachFile<T>(files: T[], each: (file: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const work = async () => {
    for (let i = next++; i < files.length; i = next++) await each(files[i]!, i);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, work));
}

/** The problems of every file, each reported at every document that names it. */
export async function checkContentFiles(files: ContentFile[]): Promise<ContentError[]> {
  const results = new Map<string, Promise<InspectedFile>>();
  const errors: ContentError[][] = files.map(() => []);
  await forEachFile(files, async (file, i) => {
    // The same bytes named twice are read once.
    const reading = results.get(file.checksum) ?? inspectContentFile(file);
    results.set(file.checksum, reading);
    const result = await reading;
    if (!result.ok) errors[i] = [new ContentError(file.at.file, file.at.line, file.at.field, result.error.problem)];
  });
  return errors.flat();
}
