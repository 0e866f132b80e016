// Reads the whole content folder into validated documents (content/README.md describes it).
// Every problem in every file is collected, so `npm run content:check` reports them all at once.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { z } from "zod";
import { isLocale, type Locale } from "@/domain/locale";
import { dimensionKeys, taxonomyKinds, type SectionKey, type TaxonomyKindKey } from "@/domain/model";
import { ContentError, ContentErrors } from "./errors";
import { parseMarkdown, parseYaml, type Parsed } from "./parse";
import { modelFactsWithReferences, themeArticleFactsWithReferences, type KnownKeys } from "./references";
import {
  collectionFactsSchema,
  collectionTextSchema,
  modelTextSchema,
  organisationsFileSchema,
  sitePageFactsSchema,
  sitePageKeys,
  sitePageTextSchema,
  slugSchema,
  taxonomyFileSchema,
  type SitePageKey,
  themeArticleTextSchema,
  type ModelFacts,
  type ModelText,
  type OrganisationEntry,
  type TaxonomyEntry,
} from "./schema";
import { splitSections } from "./sections";

/** Where a record came from: its file or folder, and a hash of everything in it. */
export type Source = { sourcePath: string; hash: string };
type Texts<T> = Partial<Record<Locale, T>>;
type Body = { body: string };

export type LoadedTaxonomy = Source & { kind: TaxonomyKindKey; entries: TaxonomyEntry[] };
export type LoadedCollection = Source & {
  slug: string;
  facts: z.output<typeof collectionFactsSchema>;
  texts: Texts<z.output<typeof collectionTextSchema> & Body>;
};
export type LoadedThemeArticle = Source & {
  slug: string;
  facts: z.output<ReturnType<typeof themeArticleFactsWithReferences>>;
  texts: Texts<z.output<typeof themeArticleTextSchema> & Body>;
};
export type LoadedSitePage = Source & {
  slug: SitePageKey;
  facts: z.output<typeof sitePageFactsSchema>;
  texts: Texts<z.output<typeof sitePageTextSchema> & Body>;
};
export type LoadedModel = Source & {
  slug: string;
  facts: ModelFacts;
  texts: Texts<ModelText & { sections: Map<SectionKey, string>; searchText: string }>;
};
export type Catalogue = {
  taxonomies: LoadedTaxonomy[];
  organisations: Source & { entries: OrganisationEntry[] };
  collections: LoadedCollection[];
  themeArticles: LoadedThemeArticle[];
  models: LoadedModel[];
  pages: LoadedSitePage[];
};

function hashOf(files: { name: string; source: string }[]): string {
  const hash = createHash("sha256");
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    hash.update(`${file.name}\0${file.source}\0`);
  }
  return hash.digest("hex");
}

class Collector {
  readonly errors: ContentError[] = [];
  take<T>(parsed: Parsed<T>): T | undefined {
    if (parsed.ok) return parsed.data;
    this.errors.push(...parsed.errors);
    return undefined;
  }
}

async function subfolders(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/**
 * Reads one record folder: index.yaml with the facts, and one Markdown file per locale.
 * `readText` validates a locale file's front matter and body.
 */
async function readRecordFolder<F, T>(
  dir: string,
  slug: string,
  out: Collector,
  factsSchema: z.ZodType<F>,
  readText: (file: string, source: string, facts: F | undefined) => T | undefined,
): Promise<(Source & { slug: string; facts: F; texts: Texts<T> }) | undefined> {
  const slugCheck = slugSchema.safeParse(slug);
  if (!slugCheck.success) {
    out.errors.push(new ContentError(dir, 1, "(folder name)", slugCheck.error.issues[0]?.message ?? "invalid"));
  }
  const names = (await readdir(dir)).sort();
  const files = await Promise.all(names.map(async (name) => ({ name, source: await readFile(join(dir, name), "utf8") })));
  const index = files.find((f) => f.name === "index.yaml");
  const facts = index && out.take(parseYaml(join(dir, index.name), index.source, factsSchema));
  const texts: Texts<T> = {};
  for (const { name, source } of files) {
    if (name === "index.yaml") continue;
    const file = join(dir, name);
    const locale = name.endsWith(".md") ? name.slice(0, -3) : "";
    if (isLocale(locale)) {
      const text = readText(file, source, facts);
      if (text !== undefined) texts[locale] = text;
    } else out.errors.push(new ContentError(file, 1, "(file name)", "unexpected file; expected index.yaml, fi.md, sv.md or en.md"));
  }
  if (!index) out.errors.push(new ContentError(join(dir, "index.yaml"), 1, "(file)", "missing"));
  if (!names.includes("fi.md")) out.errors.push(new ContentError(join(dir, "fi.md"), 1, "(file)", "missing: Finnish text is required"));
  if (facts === undefined || !slugCheck.success) return undefined;
  return { slug, facts, texts, sourcePath: dir, hash: hashOf(files) };
}

async function readYamlFile<T>(file: string, schema: z.ZodType<T>, out: Collector) {
  if (!existsSync(file)) {
    out.errors.push(new ContentError(file, 1, "(file)", "missing"));
    return undefined;
  }
  const source = await readFile(file, "utf8");
  const data = out.take(parseYaml(file, source, schema));
  return data === undefined ? undefined : { data, sourcePath: file, hash: hashOf([{ name: file, source }]) };
}

function markdownWithBody<T extends object>(schema: z.ZodType<T>, out: Collector) {
  return (file: string, source: string) => {
    const parsed = out.take(parseMarkdown(file, source, schema));
    return parsed && { ...parsed.data, body: parsed.body.trim() };
  };
}

function readModelText(out: Collector) {
  return (file: string, source: string, facts: ModelFacts | undefined) => {
    const parsed = out.take(parseMarkdown(file, source, modelTextSchema));
    if (!parsed) return undefined;
    const sections = out.take(splitSections(file, parsed.body, parsed.bodyLine));
    const expected = facts?.evaluations.length;
    if (expected !== undefined && parsed.data.evaluations.length !== expected) {
      out.errors.push(
        new ContentError(file, 2, "evaluations", `has ${parsed.data.evaluations.length} entries; index.yaml has ${expected}`),
      );
    }
    return sections && { ...parsed.data, sections: sections.markdown, searchText: sections.text };
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

/** Loads and validates everything under `root`; throws ContentErrors listing every problem. */
export async function loadContent(root: string): Promise<Catalogue> {
  const out = new Collector();

  const taxonomies: LoadedTaxonomy[] = [];
  for (const kind of taxonomyKinds) {
    const file = await readYamlFile(join(root, "taxonomy", `${kind}.yaml`), taxonomyFileSchema, out);
    if (file) taxonomies.push({ kind, entries: file.data, sourcePath: file.sourcePath, hash: file.hash });
  }
  const organisationsFile = await readYamlFile(join(root, "organisations.yaml"), organisationsFileSchema, out);
  const organisations = organisationsFile && { ...organisationsFile, entries: organisationsFile.data };
  for (const list of [...taxonomies, ...(organisations ? [organisations] : [])]) {
    for (const key of duplicates(list.entries)) {
      out.errors.push(new ContentError(list.sourcePath, 1, "key", `"${key}" appears twice`));
    }
  }

  const collections: LoadedCollection[] = [];
  for (const slug of await subfolders(join(root, "collections"))) {
    const record = await readRecordFolder(join(root, "collections", slug), slug, out, collectionFactsSchema, markdownWithBody(collectionTextSchema, out));
    if (record) collections.push(record);
  }

  const modelSlugs = await subfolders(join(root, "models"));
  const known: KnownKeys = {
    taxonomy: Object.fromEntries(
      taxonomyKinds.map((kind) => [kind, new Set(taxonomies.find((t) => t.kind === kind)?.entries.map((e) => e.key))]),
    ) as Record<TaxonomyKindKey, Set<string>>,
    organisations: new Set(organisations?.entries.map((o) => o.key)),
    collections: new Set(collections.map((c) => c.slug)),
    models: new Set(modelSlugs),
  };

  const models: LoadedModel[] = [];
  // Made once: zod compiles a schema on its first use, and that dominates a large catalogue.
  const modelFacts = modelFactsWithReferences(known);
  const modelText = readModelText(out);
  for (const slug of modelSlugs) {
    const dir = join(root, "models", slug);
    const record = await readRecordFolder(dir, slug, out, modelFacts, modelText);
    if (record) models.push(record);
  }

  const themeArticles: LoadedThemeArticle[] = [];
  for (const slug of await subfolders(join(root, "themes"))) {
    const record = await readRecordFolder(
      join(root, "themes", slug),
      slug,
      out,
      themeArticleFactsWithReferences(known),
      markdownWithBody(themeArticleTextSchema, out),
    );
    if (record) themeArticles.push(record);
  }

  const pages: LoadedSitePage[] = [];
  for (const slug of await subfolders(join(root, "pages"))) {
    const key = sitePageKeys.find((k) => k === slug);
    if (!key) {
      out.errors.push(new ContentError(join(root, "pages", slug), 1, "(folder name)", `expected one of ${sitePageKeys.join(", ")}`));
      continue;
    }
    const textSchema = key === "framework" ? frameworkTextSchema : sitePageTextSchema;
    const record = await readRecordFolder(join(root, "pages", slug), slug, out, sitePageFactsSchema, markdownWithBody(textSchema, out));
    if (record) pages.push({ ...record, slug: key });
  }

  if (out.errors.length > 0 || !organisations) throw new ContentErrors(out.errors);
  return { taxonomies, organisations, collections, themeArticles, models, pages };
}
