// Checks an uploaded evaluation document before it is kept: that it is a PDF within the size
// limit that opens without a password, and what it holds (pages, text, title, language, and
// whether it is tagged for screen readers). pdfjs does the reading on a worker thread
// (pdf-worker.mjs), one per upload, so that the server's main thread never waits on it.
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { fileTypeFromBuffer } from "file-type";
import { z } from "zod";

export const maxDocumentBytes = 20 * 1024 * 1024;

/** After this long the worker is stopped and the file counts as broken. */
const defaultTimeoutMs = 60_000;
/** A 100-page report needs a few tens of MiB; a file that needs more than this is broken. */
const workerHeapMb = 512;

export type UploadProblem = "empty" | "too-large" | "not-pdf" | "encrypted" | "broken";

const answerSchema = z.discriminatedUnion("ok", [
  z.object({
    ok: z.literal(true),
    checksum: z.string().regex(/^[0-9a-f]{64}$/),
    pageCount: z.number().int().min(1),
    text: z.string(),
    title: z.string().optional(),
    language: z.string().optional(),
    tagged: z.boolean(),
  }),
  z.object({ ok: z.literal(false), code: z.enum(["encrypted", "broken"]) }),
]);
type WorkerAnswer = z.infer<typeof answerSchema>;

export type InspectedUpload =
  | (Extract<WorkerAnswer, { ok: true }> & { sizeBytes: number })
  | { ok: false; code: UploadProblem };

/**
 * The worker's file, found from the project root. Next bundles server code into .next/, where
 * import.meta.url no longer points into src/documents; the server (scripts/serve.ts runs
 * next({ dir: "." })), Vitest and tsx scripts all run in the project root, so process.cwd()
 * finds the file under each (tried with next build and next start, 2026-12).
 */
const workerFile = join(process.cwd(), "src/documents/pdf-worker.mjs");

function readInWorker(bytes: Uint8Array, timeoutMs: number): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    // The bytes are copied to the worker; the caller keeps its own to store. The heap limit
    // stops a file that unpacks into more than any real report needs, in the worker alone.
    const worker = new Worker(workerFile, { workerData: { bytes }, resourceLimits: { maxOldGenerationSizeMb: workerHeapMb } });
    // Settles once; the exit that terminate() causes comes after and changes nothing.
    const settle = (outcome: { answer: WorkerAnswer } | { error: unknown }) => {
      clearTimeout(timer);
      void worker.terminate();
      if ("answer" in outcome) resolve(outcome.answer);
      else reject(outcome.error);
    };
    const broken = { answer: { ok: false, code: "broken" } } as const;
    const timer = setTimeout(() => settle(broken), timeoutMs);
    worker.on("message", (message: unknown) => {
      const parsed = answerSchema.safeParse(message);
      settle(parsed.success ? { answer: parsed.data } : { error: new Error(`the PDF reading thread gave an answer it should not:\n${z.prettifyError(parsed.error)}`) });
    });
    // The worker answers for every file it can read or not; an error here is a file that used
    // up the worker's memory, or our own failure (the worker file missing, say), which must
    // not pass for a broken upload.
    worker.on("error", (error) => settle(isOutOfMemory(error) ? broken : { error }));
    worker.on("exit", (code) => settle({ error: new Error(`the PDF reading thread stopped with exit code ${code} before it answered`) }));
  });
}

function isOutOfMemory(error: Error): boolean {
  return "code" in error && error.code === "ERR_WORKER_OUT_OF_MEMORY";
}

/**
 * What an upload holds, or why it cannot be kept. Rejects only on a failure of our own (the
 * worker file missing, say), never because of what the bytes are.
 */
export async function inspectUpload(bytes: Uint8Array, { timeoutMs = defaultTimeoutMs } = {}): Promise<InspectedUpload> {
  if (bytes.byteLength === 0) return { ok: false, code: "empty" };
  if (bytes.byteLength > maxDocumentBytes) return { ok: false, code: "too-large" };
  // By its magic bytes, not its name or the type the browser claims: a renamed .exe is no PDF.
  if ((await fileTypeFromBuffer(bytes))?.mime !== "application/pdf") return { ok: false, code: "not-pdf" };
  const read = await readInWorker(bytes, timeoutMs);
  return read.ok ? { ...read, sizeBytes: bytes.byteLength } : read;
}
