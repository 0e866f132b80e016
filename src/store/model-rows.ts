// Turns a model document into plain rows for bulk inserts (bulk.ts): every table under a
// practice model, with ids made here so that children can point at their parents before
// anything is written.
import { randomUUID } from "node:crypto";
import { dimensionToDb, sectionToDb } from "@/db/enums";
import type { LoadedModel } from "@/content/load";
import { presentTexts, type Locale } from "@/domain/locale";
import { defaultFramework } from "@/domain/evaluation-frameworks";
import { dimensionKeys } from "@/domain/model";
import type { Prisma } from "@/generated/prisma/client";
import type { z } from "zod";
import type { evaluationFactsSchema, evaluationTextSchema } from "@/content/schema";
import { searchText } from "@/search/index-document";
import type { Lookups } from "./taxonomy";
import { insertRows } from "./bulk";
import { bibliographyRows, hashJson, type Tx } from "./upsert";

export type ChildRows = {
  translations: Prisma.ModelTranslationCreateManyInput[];
  sections: Prisma.ModelSectionCreateManyInput[];
  terms: Prisma.ModelTermCreateManyInput[];
  developers: Prisma.ModelDeveloperCreateManyInput[];
  adoptions: Prisma.ModelAdoptionCreateManyInput[];
  references: Prisma.ReferenceCreateManyInput[];
  evaluations: Prisma.EvaluationCreateManyInput[];
  evaluationTranslations: Prisma.EvaluationTranslationCreateManyInput[];
  dimensions: Prisma.EvaluationDimensionCreateManyInput[];
  dimensionTranslations: Prisma.EvaluationDimensionTranslationCreateManyInput[];
  documents: Prisma.EvaluationDocumentCreateManyInput[];
};

export function emptyRows(): ChildRows {
  return {
    translations: [],
    sections: [],
    terms: [],
    developers: [],
    adoptions: [],
    references: [],
    evaluations: [],
    evaluationTranslations: [],
    dimensions: [],
    dimensionTranslations: [],
    documents: [],
  };
}

/** When rows were made: bulk inserts set the timestamps that Prisma would have set. */
export type Stamp = { createdAt: Date; updatedAt: Date };

/**
 * Adds the rows of everything under `model` (stored as `modelId`) to `rows`; `terms` are its
 * taxonomy labels per locale (searchTerms in @/search/index-document).
 */
export function addChildRows(
  rows: ChildRows,
  model: LoadedModel,
  modelId: string,
  ids: Lookups,
  terms: Map<Locale, string>,
  stamp: Stamp,
) {
  const { facts } = model;
  const texts = presentTexts(model.texts);
  for (const [locale, t] of texts) {
    const translationId = randomUUID();
    rows.translations.push({
      id: translationId,
      modelId,
      locale,
      name: t.name,
      shortDescription: t.shortDescription,
      implementationSite: t.implementationSite,
      coverImageAlt: t.coverImageAlt,
      sourcePath: `${model.sourcePath}/${locale}.md`,
      searchText: searchText(t),
      searchTerms: terms.get(locale) ?? "",
    });
    for (const [key, body] of t.sections) rows.sections.push({ id: randomUUID(), translationId, kind: sectionToDb[key], body });
  }
  const termIds = new Set([
    ...facts.themes.map((key) => ids.term("themes", key)),
    ...facts.targetGroups.map((key) => ids.term("target-groups", key)),
    ...facts.regions.map((key) => ids.term("regions", key)),
    ...facts.wellbeingServicesCounties.map((key) => ids.term("wellbeing-services-counties", key)),
    ...facts.funders.map((key) => ids.term("funders", key)),
  ]);
  for (const termId of termIds) rows.terms.push({ modelId, termId });
  facts.developers.forEach((key, position) => rows.developers.push({ modelId, organisationId: ids.organisation(key), position }));
  facts.inUse.forEach((adoption, position) =>
    rows.adoptions.push({
      id: randomUUID(),
      modelId,
      position,
      organisation: adoption.organisation,
      municipality: adoption.municipality,
      wellbeingServicesCountyId: adoption.wellbeingServicesCounty && ids.term("wellbeing-services-counties", adoption.wellbeingServicesCounty),
      since: adoption.since,
    }),
  );
  for (const reference of bibliographyRows(facts.references)) rows.references.push({ id: randomUUID(), modelId, ...reference });

  facts.evaluations.forEach((evaluation, position) =>
    addEvaluationRows(
      rows,
      { id: randomUUID(), modelId, position, modelTextHash: sourceTextHash(model), publishedAt: stamp.createdAt, ...stamp },
      evaluation,
      evaluationTexts(model, position),
      ids,
    ),
  );
}

/** The texts of the evaluation at `position` of a model, in each language that has them. */
function evaluationTexts(model: LoadedModel, position: number): EvaluationTexts {
  return Object.fromEntries(presentTexts(model.texts).flatMap(([locale, t]) => (t.evaluations[position] ? [[locale, t.evaluations[position]]] : [])));
}

export type EvaluationFacts = z.output<typeof evaluationFactsSchema>;
export type EvaluationTexts = Partial<Record<Locale, z.output<typeof evaluationTextSchema>>>;

/**
 * A hash of the model's text in its source language (name, short description, where it was
 * carried out, sections): an evaluation records the one it evaluated, and a different one
 * later means the description has changed since.
 */
export function sourceTextHash(model: LoadedModel): string | null {
  const text = model.texts[model.facts.sourceLanguage];
  if (!text) return null;
  return hashJson([text.name, text.shortDescription, text.implementationSite ?? null, [...text.sections]]);
}

/** The Evaluation columns that its facts give. */
export function evaluationColumns(facts: EvaluationFacts, ids: Lookups) {
  return {
    evaluatorId: facts.evaluator ? ids.organisation(facts.evaluator) : null,
    evaluatedOn: facts.evaluatedOn ?? null,
    nextReviewOn: facts.nextReviewOn ?? null,
    noReviewPlanned: facts.noReviewPlanned ?? false,
    framework: facts.framework ?? defaultFramework,
    frameworkVersion: facts.frameworkVersion ?? null,
  };
}

/**
 * Adds the rows of one evaluation: `row` is the Evaluation row's own columns beyond the facts
 * (id, model, position and what the caller records with it).
 */
export function addEvaluationRows(
  rows: ChildRows,
  row: Omit<Prisma.EvaluationCreateManyInput, keyof ReturnType<typeof evaluationColumns>> & { id: string },
  facts: EvaluationFacts,
  texts: EvaluationTexts,
  ids: Lookups,
) {
  // Every row names the same columns: the rows are inserted in bulk (bulk.ts).
  const state = facts.withdrawn ? { state: "WITHDRAWN" as const, withdrawnAt: new Date(facts.withdrawn) } : { state: "PUBLISHED" as const, withdrawnAt: null };
  rows.evaluations.push({ ...row, ...evaluationColumns(facts, ids), ...state });
  addEvaluationParts(rows, row.id, facts, texts, ids);
}

/** Adds what is under an evaluation: its texts, its dimensions and their findings, its documents. */
export function addEvaluationParts(rows: ChildRows, evaluationId: string, facts: EvaluationFacts, texts: EvaluationTexts, ids: Lookups) {
  const present = presentTexts(texts);
  const results = ids.results(facts);
  for (const [locale, text] of present) {
    rows.evaluationTranslations.push({ evaluationId, locale, summary: text.summary, withdrawalReason: text.withdrawalReason ?? null });
  }
  for (const dimension of dimensionKeys) {
    const dimensionId = randomUUID();
    rows.dimensions.push({
      id: dimensionId,
      evaluationId,
      dimension: dimensionToDb[dimension],
      result: results[dimension],
    });
    for (const [locale, text] of present) {
      const finding = text.findings[dimension];
      if (finding) rows.dimensionTranslations.push({ dimensionId, locale, finding });
    }
  }
  facts.documents.forEach((d, position) => {
    rows.documents.push({
      id: randomUUID(),
      evaluationId,
      position,
      title: d.title,
      language: d.language,
      publishedOn: d.publishedOn,
      sizeBytes: d.sizeBytes,
      url: d.url,
      checksum: d.checksum,
      page: d.page,
      persistentId: d.persistentId,
      supersededOn: d.superseded,
    });
  });
}

/** Inserts `rows` in `tx`, parents before children. */
export async function insertChildRows(tx: Tx, rows: ChildRows) {
  await insertRows(tx, "ModelTranslation", rows.translations);
  await insertRows(tx, "ModelSection", rows.sections);
  await insertRows(tx, "ModelTerm", rows.terms);
  await insertRows(tx, "ModelDeveloper", rows.developers);
  await insertRows(tx, "ModelAdoption", rows.adoptions);
  await insertRows(tx, "Reference", rows.references);
  await insertRows(tx, "Evaluation", rows.evaluations);
  await insertRows(tx, "EvaluationTranslation", rows.evaluationTranslations);
  await insertRows(tx, "EvaluationDimension", rows.dimensions);
  await insertRows(tx, "EvaluationDimensionTranslation", rows.dimensionTranslations);
  await insertRows(tx, "EvaluationDocument", rows.documents);
}
