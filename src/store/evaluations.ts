// Writes one evaluation's live rows when a coordinator publishes or withdraws it, inside the
// caller's transaction, and keeps the model's filter values (evaluated, dimension) in step
// with its published evaluations.
import { dimensionToDb, keyFromDb } from "@/db/enums";
import { readEvaluationFrameworks } from "@/db/evaluation-frameworks";
import { presentTexts, type Locale } from "@/domain/locale";
import { facetKey, facetKeysOf } from "@/search/index-document";
import { addEvaluationParts, emptyRows, evaluationColumns, insertChildRows, type EvaluationFacts, type EvaluationTexts } from "./model-rows";
import { evaluationResults, lookups } from "./taxonomy";
import type { Tx } from "./upsert";

/** Filter values that come from evaluations; the others come from the model's own facts. */
const evaluationFilters = [facetKey("evaluated", ""), facetKey("dimension", "")];

/** The model's filter values that its published evaluations give, as stored now. */
export async function liveEvaluationFacetKeys(tx: Tx, modelId: string): Promise<string[]> {
  const published = await tx.evaluation.findMany({
    where: { modelId, state: "PUBLISHED" },
    select: { framework: true, frameworkVersion: true, dimensions: { select: { dimension: true, result: true } } },
  });
  const { strengthened } = evaluationResults(await readEvaluationFrameworks(tx));
  const evaluations = published.map((e) => ({
    strengthens: strengthened({
      framework: e.framework,
      frameworkVersion: e.frameworkVersion ?? undefined,
      strengthens: [],
      results: Object.fromEntries(e.dimensions.map((d) => [keyFromDb(dimensionToDb, d.dimension), d.result])),
    }),
  }));
  return facetKeysOf({ themes: [], targetGroups: [], wellbeingServicesCounties: [], funders: [], inUse: [], locales: [], evaluations });
}

/** Recomputes the model's evaluation filter values from its published evaluations. */
export async function refreshEvaluationFacets(tx: Tx, modelId: string) {
  const model = await tx.practiceModel.findUniqueOrThrow({ where: { id: modelId }, select: { facetKeys: true } });
  const kept = model.facetKeys.filter((key) => !evaluationFilters.some((prefix) => key.startsWith(prefix)));
  const facetKeys = [...kept, ...(await liveEvaluationFacetKeys(tx, modelId))];
  // An update fires the catalogue revision trigger: only when something changed. Readers see
  // the change (filters, the model page's evaluation), so the model's date moves.
  if (facetKeys.join() !== model.facetKeys.join()) await tx.practiceModel.update({ where: { id: modelId }, data: { facetKeys, updatedAt: new Date() } });
}

export type PublishedEvaluation = {
  facts: EvaluationFacts;
  texts: EvaluationTexts;
  /** The model's source text hash and live revision at the time: what was evaluated. */
  modelTextHash: string | null;
  modelRevision: number;
};

/**
 * Replaces the live rows of evaluation `id` with a published draft. The row itself stays (its
 * revisions and comments hang on it); what is under it is written anew.
 */
export async function writeEditorEvaluation(tx: Tx, id: string, evaluation: PublishedEvaluation) {
  const row = await tx.evaluation.findUniqueOrThrow({ where: { id }, select: { modelId: true } });
  const ids = await lookups(tx);
  const where = { evaluationId: id };
  await tx.evaluationTranslation.deleteMany({ where });
  await tx.evaluationDimension.deleteMany({ where });
  await tx.evaluationDocument.deleteMany({ where });
  await tx.evaluation.update({
    where: { id },
    data: {
      ...evaluationColumns(evaluation.facts, ids),
      state: "PUBLISHED",
      origin: "EDITOR",
      modelTextHash: evaluation.modelTextHash,
      modelRevision: evaluation.modelRevision,
      publishedAt: new Date(),
      withdrawnAt: null,
      version: { increment: 1 },
    },
  });
  const rows = emptyRows();
  addEvaluationParts(rows, id, evaluation.facts, evaluation.texts, ids);
  await insertChildRows(tx, rows);
  await refreshEvaluationFacets(tx, row.modelId);
}

/** Takes a published evaluation off the model page's results: the page says when and why. */
export async function withdrawEvaluationRows(tx: Tx, id: string, reasons: Partial<Record<Locale, string>>) {
  const row = await tx.evaluation.update({ where: { id }, data: { state: "WITHDRAWN", withdrawnAt: new Date() }, select: { modelId: true } });
  for (const [locale, reason] of presentTexts(reasons)) {
    await tx.evaluationTranslation.updateMany({ where: { evaluationId: id, locale }, data: { withdrawalReason: reason } });
  }
  await refreshEvaluationFacets(tx, row.modelId);
}
