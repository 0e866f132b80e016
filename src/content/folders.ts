// Reads content files: a record folder (index.yaml and one Markdown file per locale) or a
// single YAML file. Problems are collected, not thrown, so that every file gets checked.
// Files are read synchronously: loading content is a batch job, and for tens of thousands of
// small files the asynchronous calls (several trips through libuv's thread pool per file)
// cost more CPU than the reads themselves.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { isLocale, type Locale } from "@/domain/locale";
import { ContentError } from "./errors";
import { parseYaml, type Parsed } from "./parse";
import { slugSchema } from "./schema";

/** Where a record came from: its file or folder, and a hash of everything in it. */
export type Source = { sourcePath: string; hash: string };
export type Texts<T> = Partial<Record<Locale, T>>;
export type RecordFolder<F, T> = Source & { slug: string; facts: F; texts: Texts<T> };

/** A SHA-256 of a value's JSON: the one way records, stamps and rows are hashed. */
export const hashJson = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

function hashOf(files: { name: string; source: string }[]): string {
  const hash = createHash("sha256");
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    hash.update(`${file.name}\0${file.source}\0`);
  }
  return hash.digest("hex");
}

export class Collector {
  readonly errors: ContentError[] = [];
  take<T>(parsed: Parsed<T>): T | undefined {
    if (parsed.ok) return parsed.data;
    this.errors.push(...parsed.errors);
    return undefined;
  }
}

/**
 * The record folders in `dir` (content/models and the like). Anything else there is a
 * problem, since a record is always a folder; hidden files (.DS_Store, .gitkeep) are ignored.
 */
export function subfolders(dir: string, out: Collector): string[] {
  if (!existsSync(dir)) return [];
  const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => !e.name.startsWith("."));
  for (const entry of entries.filter((e) => !e.isDirectory())) {
    out.errors.push(new ContentError(join(dir, entry.name), 1, "(file name)", "unexpected file; each record is a folder of its own"));
  }
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/**
 * Reads one record folder: index.yaml with the facts, and one Markdown file per locale.
 * `readText` validates a locale file's front matter and body.
 */
export function readRecordFolder<F, T>(
  dir: string,
  slug: string,
  out: Collector,
  factsSchema: z.ZodType<F>,
  readText: (file: string, source: string, facts: F | undefined) => T | undefined,
  /** The language whose text is required: Finnish, or a model's source language. */
  requiredLocale: (facts: F | undefined) => Locale = () => "fi",
  /** Folders the record may have (a model's documents/); whoever allows one reads it. */
  allowedFolders: readonly string[] = [],
): RecordFolder<F, T> | undefined {
  const slugCheck = slugSchema.safeParse(slug);
  if (!slugCheck.success) {
    out.errors.push(new ContentError(dir, 1, "(folder name)", slugCheck.error.issues[0]?.message ?? "invalid"));
  }
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const folder of entries.filter((e) => e.isDirectory() && !allowedFolders.includes(e.name))) {
    const expected = ["index.yaml, fi.md, sv.md or en.md", ...allowedFolders.map((name) => `a folder ${name}/`)].join(" or ");
    out.errors.push(new ContentError(join(dir, folder.name), 1, "(folder name)", `unexpected folder; expected ${expected}`));
  }
  const names = entries.filter((e) => !e.isDirectory()).map((e) => e.name);
  const files = names.map((name) => ({ name, source: readFileSync(join(dir, name), "utf8") }));
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
  const required = requiredLocale(facts);
  if (!names.includes(`${required}.md`)) {
    out.errors.push(new ContentError(join(dir, `${required}.md`), 1, "(file)", `missing: the text in the source language (${required}) is required`));
  }
  if (facts === undefined || !slugCheck.success) return undefined;
  return { slug, facts, texts, sourcePath: dir, hash: hashOf(files) };
}

export function readYamlFile<T>(file: string, schema: z.ZodType<T>, out: Collector) {
  if (!existsSync(file)) {
    out.errors.push(new ContentError(file, 1, "(file)", "missing"));
    return undefined;
  }
  const source = readFileSync(file, "utf8");
  const data = out.take(parseYaml(file, source, schema));
  return data === undefined ? undefined : { data, sourcePath: file, hash: hashOf([{ name: file, source }]) };
}
