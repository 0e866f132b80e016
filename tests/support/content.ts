// The fixture catalogue (tests/fixtures/catalogue, its README lists the facts tests rely on)
// and private copies of it that a test may break or change.
import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const fixtureCatalogue = "tests/fixtures/catalogue";
/** The fixture's complete model: every section, an evaluation with a document, a bibliography. */
export const referenceModel = "kohtaamispaikka-vapautuville";

export async function copyCatalogue(from = fixtureCatalogue): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), "palaset-content-")), "content");
  await cp(from, dir, { recursive: true });
  return dir;
}

/** Replaces `from` with `to` in a file of a catalogue copy; fails loudly when `from` is absent. */
export async function editFile(dir: string, file: string, from: string | RegExp, to: string): Promise<void> {
  const path = join(dir, file);
  const source = await readFile(path, "utf8");
  const changed = source.replace(from, to);
  if (changed === source) throw new Error(`${file} does not contain ${String(from)}`);
  await writeFile(path, changed);
}

/** The 1-based line of the first line in a file that matches. */
export async function lineOf(dir: string, file: string, pattern: RegExp): Promise<number> {
  const lines = (await readFile(join(dir, file), "utf8")).split("\n");
  const index = lines.findIndex((line) => pattern.test(line));
  if (index < 0) throw new Error(`${file} has no line matching ${pattern}`);
  return index + 1;
}

/**
 * Makes the reference model's evaluation document a file beside its index.yaml,
 * `documents/<name>`, holding `bytes` (its link and declared size go: the file has its own).
 */
export async function writeDocumentFile(dir: string, name: string, bytes: Uint8Array): Promise<void> {
  const model = join("models", referenceModel);
  await editFile(dir, join(model, "index.yaml"), /sizeBytes: 830464\n(\s+)url: https:\/\/example\.org\/arviointi\.pdf/, `file: documents/${name}`);
  await mkdir(join(dir, model, "documents"), { recursive: true });
  await writeFile(join(dir, model, "documents", name), bytes);
}
