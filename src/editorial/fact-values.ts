// The facts of a model description (index.yaml: everything but the texts) as a revision
// comparison shows them: one short value per field (lists joined, dates as YYYY-MM-DD), a
// yes/no that the view translates, or null when not given. Adoptions (inUse), references and
// evaluations are compared one by one, by position, each record on one line. Keys stay keys (theme "mental-health", not its name):
// this is pure and has no taxonomy to look names up in.
import type { ModelDocument, ModelFactsDocument } from "@/content/document";
import { modelFactsSchema } from "@/content/schema";

type PlainFactKey = Exclude<keyof ModelFactsDocument, "inUse" | "references" | "evaluations">;
type EvaluationFacts = NonNullable<ModelFactsDocument["evaluations"]>[number];
export type EvaluationFactKey = keyof EvaluationFacts;

export type FactValue = string | boolean | null;
export type FactField =
  | { key: "slug" | PlainFactKey }
  | { key: "adoption"; index: number }
  | { key: "evaluation"; index: number; fact: EvaluationFactKey }
  | { key: "reference"; index: number };

/** What an omitted fact means: the schema's default (a draft, not brief, not evaluated elsewhere). */
const defaults = modelFactsSchema.parse({});

const text = (value: string | undefined): string | null => value?.trim() || null;
const list = (value: readonly string[] | undefined): string | null => (value?.length ? value.join(", ") : null);
const date = (value: string | Date | undefined): string | null =>
  value instanceof Date ? value.toISOString().slice(0, 10) : text(value);
/** One record on one line; " · " between parts, since names and titles have commas and full stops of their own. */
const record = (parts: (string | number | null | undefined)[]): string =>
  parts.filter((part) => part !== undefined && part !== null && part !== "").join(" · ");

// Each table names every key of its type (the compiler checks), in the order the model page
// shows them, so a fact added to the schema cannot go uncompared. The keys are quoted because
// they name messages too (RevisionDiff.fields), and the messages test looks for them in quotes.
const plainFacts: { [K in PlainFactKey]: (value: ModelFactsDocument[K]) => FactValue } = {
  "state": (value) => value ?? defaults.state,
  "sourceLanguage": (value) => value ?? defaults.sourceLanguage,
  "brief": (value) => value ?? defaults.brief,
  "coverImage": text,
  "regions": list,
  "wellbeingServicesCounties": list,
  "funders": list,
  "collection": text,
  "developers": list,
  "themes": list,
  "targetGroups": list,
  "developmentStage": text,
  "createdOn": date,
  "lastModifiedOn": date,
  "sourceUrl": text,
  "evaluatedElsewhere": (value) => value ?? defaults.evaluatedElsewhere,
};

const evaluationFacts: { [K in EvaluationFactKey]: (value: EvaluationFacts[K]) => FactValue } = {
  "evaluator": text,
  "evaluatedOn": date,
  "framework": text,
  "frameworkVersion": text,
  "nextReviewOn": date,
  "noReviewPlanned": (value) => value ?? null,
  "withdrawn": date,
  "strengthens": list,
  "results": (value) => (value && Object.keys(value).length > 0 ? Object.entries(value).map(([dimension, result]) => `${dimension}: ${result}`).join("; ") : null),
  "documents": (documents) =>
    documents?.length
      ? documents.map((d) => record([d.title, d.language, date(d.publishedOn), d.sizeBytes && `${d.sizeBytes} B`, d.url])).join("; ")
      : null,
};

const keysOf = <T extends object>(table: T) => Object.keys(table).filter((key): key is Extract<keyof T, string> => key in table);
const indices = (length: number) => Array.from({ length }, (_, index) => index);

/** Every fact field of either revision, in page order. */
export function factFields(a: ModelDocument, b: ModelDocument): FactField[] {
  const longer = (list: (facts: ModelFactsDocument) => unknown[] | undefined) => Math.max(list(a.facts)?.length ?? 0, list(b.facts)?.length ?? 0);
  const adoptions = longer((facts) => facts.inUse);
  const evaluations = longer((facts) => facts.evaluations);
  const references = longer((facts) => facts.references);
  return [
    { key: "slug" },
    ...keysOf(plainFacts).map((key) => ({ key })),
    ...indices(adoptions).map((index) => ({ key: "adoption" as const, index })),
    ...indices(evaluations).flatMap((index) => keysOf(evaluationFacts).map((fact) => ({ key: "evaluation" as const, index, fact }))),
    ...indices(references).map((index) => ({ key: "reference" as const, index })),
  ];
}

function plainFact<K extends PlainFactKey>(facts: ModelFactsDocument, key: K): FactValue {
  return plainFacts[key](facts[key]);
}

function evaluationFact<K extends EvaluationFactKey>(evaluation: EvaluationFacts | undefined, key: K): FactValue {
  return evaluation ? evaluationFacts[key](evaluation[key]) : null;
}

export function factValue(doc: ModelDocument, field: FactField): FactValue {
  switch (field.key) {
    case "slug":
      return text(doc.slug);
    case "adoption": {
      const adoption = doc.facts.inUse?.[field.index];
      return adoption ? record([adoption.organisation, adoption.municipality, adoption.wellbeingServicesCounty, adoption.since]) : null;
    }
    case "evaluation":
      return evaluationFact(doc.facts.evaluations?.[field.index], field.fact);
    case "reference": {
      const reference = doc.facts.references?.[field.index];
      return reference ? record([reference.authors, reference.year, reference.title, reference.publisher, reference.url]) : null;
    }
    default:
      return plainFact(doc.facts, field.key);
  }
}
