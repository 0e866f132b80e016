// Reads the whole content folder into validated documents (content/README.md describes it).
// Every problem in every file is collected, so `npm run content:check` reports them all at once.
// The seed takes the models as they are read (streamContent), to write while parsing goes on.
import { join } from "node:path";
import type { z } from "zod";
import { evaluationFrameworksFileSchema, type EvaluationFramework } from "@/domain/evaluation-frameworks";
import { dimensionKeys, sitePageKeys, taxonomyKinds, type SitePageKey, type TaxonomyKindKey } from "@/domain/model";
import { checkContentFiles } from "./content-files";
import { ContentError, ContentErrors } from "./errors";
import { Collector, readRecordFolder, readYamlFile, subfolders, type Source, type Texts } from "./folders";
import { parseMarkdown } from "./parse";
import type { LoadedModel, ModelFolders } from "./model-folders";
import { folderStamp, readingContext } from "./folder-stamp";
import { defaultReadingPlan, loadModelFolders, type ReadingPlan } from "./parallel-models";
import { themeArticleFactsWithKnownKeys, type KnownKeys } from "./known-keys";
import {
  collectionFactsSchema,
  collectionTextSchema,
  organisationsFileSchema,
  sitePageFactsSchema,
  sitePageTextSchema,
  themeArticleTextSchema,
  taxonomyFileSchema,
  type OrganisationEntry,
  type TaxonomyEntry,
} from "./schema";

export type { LoadedModel } from "./model-folders";
type Body = { body: string };

export type LoadedTaxonomy = Source & { kind: TaxonomyKindKey; entries: TaxonomyEntry[] };
export type LoadedCollection = Source & {
  slug: string;
  facts: z.output<typeof collectionFactsSchema>;
  texts: Texts<z.output<typeof collectionTextSchema> & Body>;
};
export type LoadedThemeArticle = Source & {
  slug: string;
  facts: z.output<ReturnType<typeof themeArticleFactsWithKnownKeys>>;
  texts: Texts<z.output<typeof themeArticleTextSchema> & Body>;
};
export type LoadedSitePage = Source & {
  slug: SitePageKey;
  facts: z.output<typeof sitePageFactsSchema>;
  texts: Texts<z.output<typeof sitePageTextSchema> & Body>;
};
export type Catalogue = {
  taxonomies: LoadedTaxonomy[];
  organisations: Source & { entries: OrganisationEntry[] };
  frameworks: Source & { entries: EvaluationFramework[] };
  collections: LoadedCollection[];
  themeArticles: LoadedThemeArticle[];
  models: LoadedModel[];
  pages: LoadedSitePage[];
};

function markdownWithBody<T extends object>(schema: z.ZodType<T>, out: Collector) {
  return (file: string, source: string) => {
    const parsed = out.take(parseMarkdown(file, source, schema));
    return parsed && { ...parsed.data, body: parsed.body.trim() };
  };
}

/** The framework page describes each participation dimension in a section of its own. */
const frameworkTextSchema = sitePageTextSchema.superRefine((page, ctx) => {
  for (const key of dimensionKeys) {
    if (!page.sections[key]) ctx.addIssue({ code: "custom", path: ["sections", key], message: "describe this dimension" });
  }
});

function duplicates(entries: { key: string }[]): string[] {
  const seen = new Set<string>();
  return entries.flatMap(({ key }) => (seen.has(key) ? [key] : (seen.add(key), [])));
}

/** The keys that index.yaml files may name (known-keys.ts). */
export function knownKeys(
  taxonomies: LoadedTaxonomy[],
  organisations: OrganisationEntry[],
  collections: LoadedCollection[],
  modelSlugs: string[],
  frameworks: EvaluationFramework[],
): KnownKeys {
  return {
    taxonomy: Object.fromEntries(
      taxonomyKinds.map((kind) => [kind, new Set(taxonomies.find((t) => t.kind === kind)?.entries.map((e) => e.key))]),
    ) as Record<TaxonomyKindKey, Set<string>>,
    organisations: new Set(organisations.map((o) => o.key)),
    collections: new Set(collections.map((c) => c.slug)),
    models: new Set(modelSlugs),
    frameworks,
  };
}

/**
 * The content with the model folders still being read: `models` yields them in batches, in
 * slug order, and at its end throws ContentErrors if any model has a problem.
 */
export type CatalogueStream = Omit<Catalogue, "models"> & {
  /** The models read, in batches; without those `unchanged` names. */
  models: AsyncIterable<LoadedModel[]>;
  /** How many model folders there are, read or not. */
  modelCount: number;
  /** The model folders skipped unread: their stamps are as the reader's `unchanged` knew them. */
  unchanged: string[];
  /** Each model folder's stamp (folder-stamp.ts), by slug: the seed keeps it for the next one. */
  stamps: ReadonlyMap<string, string>;
};

/**
 * How a stream reads. `reading`: how the model folders are read (parallel-models.ts).
 * `unchanged`: whether a model folder with this stamp is as it was last written, so that it
 * need not be read at all (the seed knows the stamps it wrote).
 */
export type StreamOptions = { reading?: ReadingPlan; unchanged?: (slug: string, stamp: string) => boolean };

async function* validModels(batches: AsyncIterable<ModelFolders>): AsyncGenerator<LoadedModel[]> {
  const errors: ContentError[] = [];
  for await (const batch of batches) {
    errors.push(...batch.errors);
    // After the first problem nothing will be kept: read on only to list every problem.
    if (errors.length === 0) yield batch.models;
  }
  if (errors.length > 0) throw new ContentErrors(errors);
}

/**
 * Validates everything under `root` and hands over the models as they are read, so that the
 * seed writes while the rest is parsed. Throws ContentErrors listing every problem when a
 * file other than a model has one; a problem in a model makes the models throw at their end.
 */
export async function streamContent(root: string, { reading = defaultReadingPlan, unchanged }: StreamOptions = {}): Promise<CatalogueStream> {
  const out = new Collector();

  const taxonomies: LoadedTaxonomy[] = [];
  for (const kind of taxonomyKinds) {
    const file = readYamlFile(join(root, "taxonomy", `${kind}.yaml`), taxonomyFileSchema, out);
    if (file) taxonomies.push({ kind, entries: file.data, sourcePath: file.sourcePath, hash: file.hash });
  }
  const organisationsFile = readYamlFile(join(root, "organisations.yaml"), organisationsFileSchema, out);
  const organisations = organisationsFile && { ...organisationsFile, entries: organisationsFile.data };
  const frameworksFile = readYamlFile(join(root, "evaluation-frameworks.yaml"), evaluationFrameworksFileSchema, out);
  const frameworks = frameworksFile && { ...frameworksFile, entries: frameworksFile.data };
  for (const list of [...taxonomies, ...(organisations ? [organisations] : []), ...(frameworks ? [frameworks] : [])]) {
    for (const key of duplicates(list.entries)) {
      out.errors.push(new ContentError(list.sourcePath, 1, "key", `"${key}" appears twice`));
    }
  }

  const collections: LoadedCollection[] = [];
  for (const slug of subfolders(join(root, "collections"), out)) {
    const record = readRecordFolder(join(root, "collections", slug), slug, out, collectionFactsSchema, markdownWithBody(collectionTextSchema, out));
    if (record) collections.push(record);
  }

  const modelSlugs = subfolders(join(root, "models"), out);
  const known = knownKeys(taxonomies, organisations?.entries ?? [], collections, modelSlugs, frameworks?.entries ?? []);
  // Stamps only for a reader that can skip folders with them (the seed); content:check reads all.
  const stamps = new Map<string, string>();
  if (unchanged) {
    const context = readingContext([...taxonomies, ...(organisations ? [organisations] : []), ...(frameworks ? [frameworks] : []), ...collections], modelSlugs);
    for (const slug of modelSlugs) {
      const stamp = folderStamp(join(root, "models", slug), context);
      if (stamp) stamps.set(slug, stamp);
    }
  }
  const skipped = modelSlugs.filter((slug) => stamps.has(slug) && unchanged?.(slug, stamps.get(slug) ?? ""));
  const skip = new Set(skipped);
  const models = loadModelFolders(root, modelSlugs.filter((slug) => !skip.has(slug)), known, reading);

  // Themes and pages are read before the models (which are read as the seed asks for them),
  // but their problems are listed after those of the models, as content/README.md orders them.
  const rest = new Collector();
  const themeArticles: LoadedThemeArticle[] = [];
  for (const slug of subfolders(join(root, "themes"), rest)) {
    const record = readRecordFolder(
      join(root, "themes", slug),
      slug,
      rest,
      themeArticleFactsWithKnownKeys(known),
      markdownWithBody(themeArticleTextSchema, rest),
    );
    if (record) themeArticles.push(record);
  }

  const pages: LoadedSitePage[] = [];
  for (const slug of subfolders(join(root, "pages"), rest)) {
    const key = sitePageKeys.find((k) => k === slug);
    if (!key) {
      rest.errors.push(new ContentError(join(root, "pages", slug), 1, "(folder name)", `expected one of ${sitePageKeys.join(", ")}`));
      continue;
    }
    const textSchema = key === "framework" ? frameworkTextSchema : sitePageTextSchema;
    const record = readRecordFolder(join(root, "pages", slug), slug, rest, sitePageFactsSchema, markdownWithBody(textSchema, rest));
    if (record) pages.push({ ...record, slug: key });
  }

  if (out.errors.length > 0 || rest.errors.length > 0 || !organisations || !frameworks) {
    const modelErrors: ContentError[] = [];
    for await (const batch of models) modelErrors.push(...batch.errors);
    throw new ContentErrors([...out.errors, ...modelErrors, ...rest.errors]);
  }
  return { taxonomies, organisations, frameworks, collections, themeArticles, pages, models: validModels(models), modelCount: modelSlugs.length, unchanged: skipped, stamps };
}

/**
 * Loads and validates everything under `root`, the models' PDFs read as uploads are
 * (content-files.ts); throws ContentErrors listing every problem. The seed streams instead,
 * and reads a PDF only when the database does not have it yet (src/store/content-files.ts).
 */
export async function loadContent(root: string): Promise<Catalogue> {
  const { taxonomies, organisations, frameworks, collections, themeArticles, pages, models: batches } = await streamContent(root);
  const models: LoadedModel[] = [];
  for await (const batch of batches) models.push(...batch);
  const fileErrors = await checkContentFiles(models.flatMap((m) => m.files));
  if (fileErrors.length > 0) throw new ContentErrors(fileErrors);
  return { taxonomies, organisations, frameworks, collections, themeArticles, pages, models };
}
