// A model folder's stamp: the names, sizes and modification times of its files (documents/
// included), with what the folder is checked against. Reading and parsing the files is most of
// a seed; a re-seed that finds a folder's stamp as it was last seeded skips the folder unread.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { hashJson } from "./folders";

/**
 * What every model folder is read against: the taxonomies, organisations, evaluation frameworks
 * and collections it may name (their files' hashes) and the list of models (a folder may name
 * another model). When any of them changes, every folder is read again.
 */
export function readingContext(sources: { hash: string }[], modelSlugs: string[]): string {
  return hashJson([sources.map((s) => s.hash), modelSlugs]);
}

/** The folder's stamp in `context`; null when the folder cannot be listed (it is read, and the reading says why). */
export function folderStamp(dir: string, context: string): string | null {
  try {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        const { size, mtimeMs } = statSync(path);
        return [relative(dir, path), size, mtimeMs] as const;
      })
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return hashJson([context, files]);
  } catch {
    return null;
  }
}
