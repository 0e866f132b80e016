// Synthetic catalogue for benchmarks (npm run content:generate): the real taxonomy,
// organisations and collections of a content folder, and thousands of generated models
// (./model.ts). Never real content: the writer refuses the project's content/ folder.
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { loadContent } from "@/content/load";
import { locales } from "@/domain/locale";
import { generateModels, keysOf, type GeneratedModel, type GeneratorKeys } from "./model";
import { readVocabulary, wordsOf, type Vocabulary } from "./vocabulary";

// ---------------------------------------------------------------------------------------------
// Writing, with a guard: a benchmark run must never overwrite the real catalogue or a folder
// someone else owns.

/** Raised when the generator writes other models, so that a benchmark's kept corpus is made anew. */
export const corpusVersion = 2;

/** Written into every generated folder; only a folder holding it may be overwritten. */
export const markerFile = ".generated";

export class GenerateRefusal extends Error {
  readonly code = "GENERATE_REFUSED";
  constructor(message: string) {
    super(message);
    this.name = "GenerateRefusal";
  }
}

/** The path with symlinks of its existing part resolved, so a link cannot smuggle content/ in. */
function realPath(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const rest = relative(existing, absolute);
  return join(existsSync(existing) ? realpathSync(existing) : existing, rest);
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Where to write, or a GenerateRefusal explaining why not. `overwrite`: a previous run is there. */
export function checkOutDir(out: string, contentDir: string): { dir: string; overwrite: boolean } {
  const dir = realPath(out);
  const content = realPath(contentDir);
  if (isInside(dir, content)) {
    throw new GenerateRefusal(`refusing to write into ${out}: it is the project's content folder (${content}) or inside it`);
  }
  if (isInside(content, dir)) {
    throw new GenerateRefusal(`refusing to write into ${out}: it contains the project's content folder (${content})`);
  }
  if (!existsSync(dir)) return { dir, overwrite: false };
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    throw new GenerateRefusal(`refusing to write into ${out}: it exists and is not a readable folder`);
  }
  if (entries.length > 0 && !entries.includes(markerFile)) {
    throw new GenerateRefusal(`refusing to write into ${out}: the folder is not empty and was not made by content:generate (no ${markerFile} file)`);
  }
  return { dir, overwrite: entries.length > 0 };
}

/** The interface's texts, which give the vocabulary words beside the content's. */
const messagesDir = "messages";

/**
 * The long tail's vocabulary as the real texts give it now: the words of `contentDir` and of the
 * interface's messages, without those the phrase banks give every model (found in a sample of
 * 300 models). What ./refresh-vocabulary.ts writes into the word lists.
 */
export function measureVocabulary(contentDir: string, keys: GeneratorKeys): Vocabulary {
  const texts = { fi: [] as string[], sv: [] as string[], en: [] as string[] };
  for (const model of generateModels({ count: 300, seed: 1, keys: { ...keys, vocabulary: undefined } })) {
    for (const file of model.files) if (file.name !== "index.yaml") texts[file.name.slice(0, 2) as keyof typeof texts].push(file.content);
  }
  return readVocabulary(contentDir, messagesDir, wordsOf(texts));
}

/** The word lists, one word a line, most frequent first; a line starting with # is a comment. */
export const wordListUrl = (locale: string) => new URL(`./words/${locale}.txt`, import.meta.url);

/**
 * The long tail's vocabulary, from the word lists kept beside this file. They are fixed, so that
 * an edit of the content or of an interface text does not change the generated models or the
 * benchmark's queries, which are drawn from the same lists: runs stay comparable. They change
 * only on purpose (./refresh-vocabulary.ts, with corpusVersion raised).
 */
export function pinnedVocabulary(): Vocabulary {
  const read = (locale: string) =>
    readFileSync(wordListUrl(locale), "utf8")
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#"));
  return Object.fromEntries(locales.map((locale) => [locale, read(locale)])) as Vocabulary;
}

/**
 * Writes a synthetic catalogue into `outDir`: the real taxonomy, organisations and collections
 * of `contentDir` (so every key resolves) and `count` generated models.
 */
export async function writeGeneratedCatalogue(options: { contentDir: string; outDir: string; count: number; seed: number }): Promise<{ dir: string; models: number }> {
  const { dir, overwrite } = checkOutDir(options.outDir, options.contentDir);
  const known = keysOf(await loadContent(options.contentDir));
  const keys = { ...known, vocabulary: pinnedVocabulary() };
  if (overwrite) await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, "models"), { recursive: true });
  await writeFile(join(dir, markerFile), `synthetic catalogue: npm run content:generate -- --count ${options.count} --seed ${options.seed}\n`);
  await Promise.all([
    cp(join(options.contentDir, "taxonomy"), join(dir, "taxonomy"), { recursive: true }),
    cp(join(options.contentDir, "organisations.yaml"), join(dir, "organisations.yaml")),
    cp(join(options.contentDir, "evaluation-frameworks.yaml"), join(dir, "evaluation-frameworks.yaml")),
    cp(join(options.contentDir, "collections"), join(dir, "collections"), { recursive: true }),
  ]);
  // Batches keep a few hundred files open at a time: fast, but under the descriptor limit.
  const writeBatch = (batch: GeneratedModel[]) =>
    Promise.all(
      batch.map(async (model) => {
        const folder = join(dir, "models", model.slug);
        await mkdir(folder);
        await Promise.all(model.files.map((f) => writeFile(join(folder, f.name), f.content)));
      }),
    );
  let batch: GeneratedModel[] = [];
  let models = 0;
  for (const model of generateModels({ count: options.count, seed: options.seed, keys })) {
    batch.push(model);
    models++;
    if (batch.length === 200) {
      await writeBatch(batch);
      batch = [];
    }
  }
  await writeBatch(batch);
  return { dir, models };
}
