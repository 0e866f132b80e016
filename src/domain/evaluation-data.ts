// Evaluations as open data: the rows of the evaluations CSV (GET /api/evaluations/csv, texts in
// one language) and the records of a model's evaluations (GET /api/models/<slug>/evaluations,
// texts in every language). Only published and withdrawn evaluations of published models; a
// draft evaluation is never public.
import type { Locale } from "./locale";
import type { DimensionKey, EvaluationDocument } from "./model";

export const evaluationStates = ["published", "withdrawn"] as const;
export type EvaluationStateKey = (typeof evaluationStates)[number];

/**
 * The model's description has changed since the evaluation was published: the hash of the
 * text it evaluated and the live one are both known, and differ. Unknown is not a change.
 */
export function changedSinceEvaluated(evaluatedTextHash: string | null, liveTextHash: string | null): boolean {
  return evaluatedTextHash !== null && liveTextHash !== null && evaluatedTextHash !== liveTextHash;
}

/** Which evaluations the CSV exports: every filter given narrows it; several values of one are alternatives. */
export type EvaluationExportFilter = {
  /** Slugs of published collections the model belongs to. */
  collection: string[];
  /** Keys of wellbeing services counties the model is made for (its counties, not where it is in use). */
  county: string[];
  /** Evaluation dates, YYYY-MM-DD, inclusive. */
  from: string | null;
  to: string | null;
};

/** One evaluation as a CSV row: texts in the asked language, else the model's source language. */
export type EvaluationExportRow = {
  modelSlug: string;
  modelName: string;
  evaluator: string | null;
  evaluatedOn: Date | null;
  /** The framework's name in the row's language. */
  framework: string;
  frameworkVersion: string | null;
  nextReviewOn: Date | null;
  noReviewPlanned: boolean;
  state: EvaluationStateKey;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
  /** In the customary order of dimensionKeys: the result's key on the framework's scale, and its label. */
  dimensions: { key: DimensionKey; result: string; label: string }[];
  summary: string | null;
  documentCount: number;
  changedSinceEvaluated: boolean;
};

export type EvaluationExport = {
  rows: EvaluationExportRow[];
  /** Filter values that name nothing public: the route refuses them rather than export the wrong thing. */
  unknownValues: { param: "collection" | "county"; value: string }[];
};

/** A text in each language it has been written in. */
export type Texts = Partial<Record<Locale, string>>;

/** A document as the open data gives it: the page's fields, the date as YYYY-MM-DD. */
export type EvaluationDocumentRecord = Omit<EvaluationDocument, "publishedOn"> & { publishedOn: string | null };

/** One evaluation with its texts in every language; dates as YYYY-MM-DD, withdrawnAt an ISO timestamp. */
export type EvaluationRecord = {
  evaluator: string | null;
  evaluatedOn: string | null;
  /** The framework's key (content/evaluation-frameworks.yaml). */
  framework: string;
  frameworkVersion: string | null;
  nextReviewOn: string | null;
  noReviewPlanned: boolean;
  state: EvaluationStateKey;
  withdrawnAt: string | null;
  withdrawalReason: Texts;
  changedSinceEvaluated: boolean;
  summary: Texts;
  /** The result's key on the framework's scale, and its label in every language. */
  dimensions: { key: DimensionKey; result: string; label: Texts; finding: Texts }[];
  documents: EvaluationDocumentRecord[];
};
