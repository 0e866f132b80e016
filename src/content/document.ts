// A model description as one JSON-friendly document: exactly what a model folder in content/
// holds (index.yaml's facts, and per language the front matter and the Markdown of each
// section), independent of files. An editor's revision stores it as its snapshot; the
// export renders it as files; a save or publish validates it with the same zod schemas as
// `npm run content:check` and turns it into the LoadedModel that the store writes.
import { createHash } from "node:crypto";
import type { z } from "zod";
import { presentTexts, type Locale } from "@/domain/locale";
import { sectionKeys, type SectionKey } from "@/domain/model";
import { textOfNodes } from "@/domain/markdown";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { modelFactsWithKnownKeys, type KnownKeys } from "./known-keys";
import type { LoadedModel } from "./model-folders";
import { modelTextSchema, slugSchema, type modelFactsSchema, type modelFileFactsSchema } from "./schema";

/** index.yaml's facts as written: dates are "YYYY-MM-DD" strings. */
export type ModelFactsDocument = z.input<typeof modelFactsSchema>;
/** index.yaml's facts as a content file writes them: documents by url or file. */
export type ModelFileFactsDocument = z.input<typeof modelFileFactsSchema>;
/** One language's file: its front matter, and the Markdown of each section it has. */
export type ModelTextDocument = z.input<typeof modelTextSchema> & { sections: Partial<Record<SectionKey, string>> };

/** One evaluation as written: its facts (in index.yaml) and its texts per language (front matter). */
export type EvaluationFactsDocument = NonNullable<ModelFactsDocument["evaluations"]>[number];
export type EvaluationTextDocument = NonNullable<z.input<typeof modelTextSchema>["evaluations"]>[number];
export type EvaluationDraftDocument = { facts: EvaluationFactsDocument; texts: Partial<Record<Locale, EvaluationTextDocument>> };

export type ModelDocument = {
  slug: string;
  facts: ModelFactsDocument;
  texts: Partial<Record<Locale, ModelTextDocument>>;
};

/** A model as its folder writes it (render.ts): stored documents named as files in documents/. */
export type ModelFolderDocument = Omit<ModelDocument, "facts"> & { facts: ModelFileFactsDocument };

/**
 * A problem with one field: `locale` is absent for a fact, `path` as zod gives it; `code` is
 * zod's kind of problem (invalid_format, too_small…), for a form to say it in its language.
 */
export type DocumentIssue = { locale?: Locale; path: (string | number)[]; message: string; code?: string };

export type DocumentCheck = { ok: true; model: LoadedModel } | { ok: false; issues: DocumentIssue[] };

const parser = unified().use(remarkParse).freeze();

/** A section's Markdown must not start a new section: a level-2 heading would split it in the file. */
function sectionIssues(locale: Locale, key: SectionKey, markdown: string): DocumentIssue[] {
  const tree = parser.parse(markdown);
  return tree.children.some((node) => node.type === "heading" && node.depth <= 2)
    ? [{ locale, path: ["sections", key], message: "sectionHeading" }]
    : [];
}

/**
 * Validates a document with the content files' schemas and the keys the database knows,
 * and returns the model the store writes, or every problem, each at its field.
 */
export function checkModelDocument(doc: ModelDocument, known: KnownKeys, sourcePath = `models/${doc.slug}`): DocumentCheck {
  const issues: DocumentIssue[] = [];
  const slug = slugSchema.safeParse(doc.slug);
  if (!slug.success) issues.push({ path: ["slug"], message: slug.error.issues[0]?.message ?? "invalid" });
  const facts = modelFactsWithKnownKeys(known).safeParse(doc.facts);
  if (!facts.success) issues.push(...facts.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message, code: i.code })));
  const texts: LoadedModel["texts"] = {};
  for (const [locale, text] of presentTexts(doc.texts)) {
    const { sections: sectionTexts, ...front } = text;
    const parsed = modelTextSchema.safeParse(front);
    if (!parsed.success) {
      issues.push(...parsed.error.issues.map((i) => ({ locale, path: i.path as (string | number)[], message: i.message, code: i.code })));
    }
    const sections = new Map<SectionKey, string>();
    for (const key of sectionKeys) {
      const markdown = sectionTexts[key]?.trim();
      if (!markdown) continue;
      issues.push(...sectionIssues(locale, key, markdown));
      sections.set(key, markdown);
    }
    const expected = facts.success ? facts.data.evaluations.length : undefined;
    // None at all: not translated yet (as in the files, model-folders.ts).
    if (parsed.success && expected !== undefined && parsed.data.evaluations.length > 0 && parsed.data.evaluations.length !== expected) {
      issues.push({ locale, path: ["evaluations"], message: `has ${parsed.data.evaluations.length} entries; the facts have ${expected}` });
    }
    if (parsed.success) {
      const plainText = textOfNodes([...sections.values()].flatMap((markdown) => parser.parse(markdown).children));
      texts[locale] = { ...parsed.data, sections, plainText };
    }
  }
  const source = facts.success ? facts.data.sourceLanguage : "fi";
  if (!doc.texts[source]) issues.push({ locale: source, path: ["name"], message: "sourceTextRequired" });
  if (issues.length > 0 || !facts.success) return { ok: false, issues };
  return { ok: true, model: { slug: doc.slug, facts: facts.data, texts, files: [], sourcePath, hash: createHash("sha256").update(JSON.stringify(doc)).digest("hex") } };
}
