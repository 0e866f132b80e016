// A model document (document.ts) as the files of its folder, in the one canonical form that
// `npm run content:export` writes and content/models/ is kept in, so that exporting an
// unchanged catalogue gives content/ back byte for byte. The loader (model-folders.ts) reads
// the files back. The rules, the same in index.yaml and in the front matter:
// - fields in the order of their schema (schema.ts); a field with a default (state, brief,
//   every list) is always written, `[]` when empty; an optional field without a value is not;
// - lists of keys on one line (`themes: [nature, culture]`), lists of records as blocks;
// - no string is folded: each on one line, text with line breaks as a `|` block; dates as
//   YYYY-MM-DD;
// - what has no order of its own in one: `strengthens`, `results` and `findings` by dimensionKeys,
//   sections by sectionKeys. Taxonomy keys stay as given (the database gives them in the
//   taxonomy's order, which the pages show).
// A Markdown file is the front matter between `---` lines, then per section a `## key` line, a
// blank line and its Markdown, the sections a blank line apart.
import { Document, isScalar, visit } from "yaml";
import type { z } from "zod";
import { presentTexts, type Locale } from "@/domain/locale";
import { dimensionKeys, sectionKeys } from "@/domain/model";
import type { ModelDocument, ModelFileFactsDocument, ModelFolderDocument, ModelTextDocument } from "./document";
import {
  adoptionSchema,
  documentsFolder,
  evaluationDocumentFileSchema,
  evaluationFileFactsSchema,
  evaluationTextSchema,
  modelFileFactsSchema,
  modelTextSchema,
  referenceSchema,
} from "./schema";

export type ModelFiles = { "index.yaml": string } & Partial<Record<`${Locale}.md`, string>>;

type Fields = Record<string, unknown>;

/** `value`'s fields in the order of `keys`, a missing one taken from `defaults`, absent ones left out. */
function inOrder(keys: readonly string[], value: Fields, defaults: Fields = {}): Fields {
  return Object.fromEntries(
    keys.flatMap((key) => {
      const field = value[key] ?? defaults[key];
      return field === undefined ? [] : [[key, field]];
    }),
  );
}

/** Puts a record in the order of the schema with `shape`, filling in the schema's defaults. */
function fieldsOf(shape: Record<string, z.ZodType>) {
  const defaults = Object.fromEntries(
    Object.entries(shape).flatMap(([key, schema]) => {
      const empty = schema.safeParse(undefined);
      return empty.success && empty.data !== undefined ? [[key, empty.data]] : [];
    }),
  );
  return (value: Fields) => inOrder(Object.keys(shape), value, defaults);
}

const factFields = fieldsOf(modelFileFactsSchema.shape);
const adoptionFields = fieldsOf(adoptionSchema.shape);
const referenceFields = fieldsOf(referenceSchema.shape);
const evaluationFields = fieldsOf(evaluationFileFactsSchema.shape);
const documentFields = fieldsOf(evaluationDocumentFileSchema.shape);
const textFields = fieldsOf(modelTextSchema.shape);
const evaluationTextFields = fieldsOf(evaluationTextSchema.shape);

/** A date as the files write it; a document read from YAML may hold a Date. */
const day = (date: string | Date | undefined) => (date instanceof Date ? date.toISOString().slice(0, 10) : date);

function factsOf(facts: ModelFileFactsDocument): Fields {
  return factFields({
    ...facts,
    createdOn: day(facts.createdOn),
    lastModifiedOn: day(facts.lastModifiedOn),
    inUse: facts.inUse?.map((adoption) => adoptionFields(adoption)),
    references: facts.references?.map((reference) => referenceFields(reference)),
    evaluations: facts.evaluations?.map((evaluation) =>
      evaluationFields({
        ...evaluation,
        evaluatedOn: day(evaluation.evaluatedOn),
        nextReviewOn: day(evaluation.nextReviewOn),
        strengthens: evaluation.strengthens && dimensionKeys.filter((key) => evaluation.strengthens?.includes(key)),
        results: evaluation.results && Object.fromEntries(dimensionKeys.flatMap((key) => (evaluation.results?.[key] ? [[key, evaluation.results[key]]] : []))),
        documents: evaluation.documents?.map((d) => documentFields({ ...d, publishedOn: day(d.publishedOn) })),
      }),
    ),
  });
}

function yamlOf(fields: Fields): string {
  // No anchors and aliases for values that happen to be one object (the defaults' empty lists).
  const doc = new Document(fields, { aliasDuplicateObjects: false });
  visit(doc, {
    Seq: (_, seq) => {
      seq.flow = seq.items.every((item) => isScalar(item));
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function markdownOf(text: ModelTextDocument): string {
  const { sections, ...front } = text;
  const frontMatter = textFields({
    ...front,
    evaluations: front.evaluations?.map((evaluation) =>
      evaluationTextFields({ ...evaluation, findings: evaluation.findings && inOrder(dimensionKeys, evaluation.findings) }),
    ),
  });
  const bodies = sectionKeys.flatMap((key) => {
    const markdown = sections[key]?.trim();
    return markdown ? [`## ${key}\n\n${markdown}\n`] : [];
  });
  return [`---\n${yamlOf(frontMatter)}---\n`, ...bodies].join("\n");
}

/** A stored file of the model, and its name in the folder's documents/. */
export type DocumentFile = { checksum: string; name: string };

/**
 * The model with each stored document (a checksum) named as a file in documents/ instead, and
 * those files: the name is the checksum's first 16 digits, so that the same bytes get the same
 * name in every export. The file's size is its own, so a file's sizeBytes is not written.
 */
export function withDocumentFiles(doc: ModelDocument): { doc: ModelFolderDocument; files: DocumentFile[] } {
  const files = new Map<string, DocumentFile>();
  const evaluations = doc.facts.evaluations?.map((evaluation) => ({
    ...evaluation,
    documents: evaluation.documents?.map(({ checksum, sizeBytes, ...rest }) => {
      if (checksum === undefined) return { ...rest, sizeBytes };
      const file = { checksum, name: `${checksum.slice(0, 16)}.pdf` };
      files.set(checksum, file);
      return { ...rest, file: `${documentsFolder}/${file.name}` };
    }),
  }));
  return { doc: { ...doc, facts: { ...doc.facts, evaluations } }, files: [...files.values()] };
}

/** The files of the model's folder: index.yaml, and a Markdown file per language it has. */
export function renderModelFiles(doc: ModelFolderDocument): ModelFiles {
  const files: ModelFiles = { "index.yaml": yamlOf(factsOf(doc.facts)) };
  for (const [locale, text] of presentTexts(doc.texts)) files[`${locale}.md`] = markdownOf(text);
  return files;
}
