// What `npm run content:export` does: the models of the live tables written as content
// folders, in the canonical form of content/ (src/content/render.ts), so that a folder can be
// checked, diffed and seeded like the shipped one.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderModelFiles } from "@/content/render";
import type { Db } from "@/db/client";
import { locales } from "@/domain/locale";
import { readLiveDocuments } from "@/queries/model-document";

export class UnknownModelsError extends Error {
  constructor(readonly slugs: string[]) {
    super(`no model with the slug ${slugs.join(", ")} in the database; nothing was written`);
    this.name = "UnknownModelsError";
  }
}

/**
 * Writes `out`/models/<slug>/ for every published model, or for each model `slugs` names (in
 * any state), and returns the slugs written. A folder that is there already gets the files
 * anew, and loses the Markdown file of a language the model no longer has; other folders are
 * left alone. Throws UnknownModelsError, before writing anything, when a slug names no model.
 */
export async function exportModels(db: Db, out: string, slugs?: string[]): Promise<string[]> {
  const documents = await readLiveDocuments(db, { slugs });
  const unknown = slugs?.filter((slug) => !documents.some((doc) => doc.slug === slug)) ?? [];
  if (unknown.length > 0) throw new UnknownModelsError(unknown);
  for (const doc of documents) {
    const dir = join(out, "models", doc.slug);
    const files: Record<string, string> = renderModelFiles(doc);
    await mkdir(dir, { recursive: true });
    for (const locale of locales) if (!files[`${locale}.md`]) await rm(join(dir, `${locale}.md`), { force: true });
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  }
  return documents.map((doc) => doc.slug);
}
