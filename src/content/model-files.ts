// The PDFs beside a model's index.yaml (documents/<name>.pdf, content/README.md). The model's
// reader checks here what it can tell cheaply (the file is there, not too large, and named by
// an evaluation) and hashes the bytes: the checksum is what the database keeps instead of the
// path, and a part of the model's hash, so a changed PDF re-seeds its model. Reading a file as a
// PDF takes a worker thread and is asynchronous: content-files.ts does that.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Locale } from "@/domain/locale";
import { maxDocumentBytes } from "@/documents/pdf";
import { ContentError } from "./errors";
import type { Collector } from "./folders";
import { lineInYaml } from "./parse";
import { documentsFolder, type ModelFacts, type ModelFileFacts } from "./schema";

/** A document's file, where index.yaml names it: each problem with the file is reported there. */
export type ContentFile = {
  checksum: string;
  /** The file's path (the model folder joined with what index.yaml says). */
  path: string;
  sizeBytes: number;
  /** The document's language: the language of the text kept for search. */
  language: Locale;
  at: { file: string; line: number; field: string };
};

/** What a content file's problem says, by the upload check's code (src/documents/pdf.ts). */
export const fileProblems = {
  missing: "no such file in the model's documents/ folder",
  empty: "the file is empty",
  "too-large": `the file is larger than ${maxDocumentBytes / 1024 / 1024} MB`,
  "not-pdf": "not a PDF: its contents are something else, whatever its name says",
  encrypted: "the PDF needs a password; save it without one",
  broken: "the PDF cannot be read: it is damaged or not a PDF after all",
} as const;

type FileDocument = ModelFileFacts["evaluations"][number]["documents"][number];
type StoredDocument = ModelFacts["evaluations"][number]["documents"][number];

/**
 * The facts with each document's file replaced by its checksum and size, and the files; or
 * undefined, with the problems in `out`, when a file is missing, too large or not named.
 */
export function resolveModelFiles(dir: string, facts: ModelFileFacts, out: Collector): { facts: ModelFacts; files: ContentFile[] } | undefined {
  const indexFile = join(dir, "index.yaml");
  let indexSource: string | undefined;
  const lineOf = (path: (string | number)[]) => lineInYaml((indexSource ??= readFileSync(indexFile, "utf8")), path);
  const before = out.errors.length;
  const files: ContentFile[] = [];
  const named = new Set<string>();
  const resolve = (d: FileDocument, i: number, j: number): StoredDocument => {
    const { file, ...rest } = d;
    if (file === undefined) return rest;
    named.add(file);
    const path = join(dir, file);
    const problem = (text: string) => {
      const at = ["evaluations", i, "documents", j, "file"];
      out.errors.push(new ContentError(indexFile, lineOf(at), at.join("."), text));
      return rest;
    };
    if (!existsSync(path) || !statSync(path).isFile()) return problem(`${fileProblems.missing}: ${file}`);
    // Not read at all when it is too large to be kept.
    const { size } = statSync(path);
    if (size > maxDocumentBytes) return problem(fileProblems["too-large"]);
    if (size === 0) return problem(fileProblems.empty);
    const checksum = createHash("sha256").update(readFileSync(path)).digest("hex");
    const field = ["evaluations", i, "documents", j, "file"];
    files.push({ checksum, path, sizeBytes: size, language: d.language, at: { file: indexFile, line: lineOf(field), field: field.join(".") } });
    return { ...rest, checksum, sizeBytes: size };
  };
  const evaluations = facts.evaluations.map((e, i) => ({ ...e, documents: e.documents.map((d, j) => resolve(d, i, j)) }));
  unnamedFiles(join(dir, documentsFolder), named, out);
  if (out.errors.length > before) return undefined;
  return { facts: { ...facts, evaluations }, files };
}

/** A file in documents/ that no evaluation names is an error: it would be lost on the next export. */
function unnamedFiles(folder: string, named: Set<string>, out: Collector) {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.errors.push(new ContentError(path, 1, "(folder name)", "unexpected folder; documents/ holds only PDF files"));
    else if (!named.has(`${documentsFolder}/${entry.name}`)) {
      out.errors.push(new ContentError(path, 1, "(file name)", "no evaluation document in index.yaml names this file"));
    }
  }
}
