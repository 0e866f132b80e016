// Turns a model document into plain rows for bulk inserts (bulk.ts): every table under a
// practice model, with ids made here so that children can point at their parents before
// anything is written.
import { randomUUID } from "node:crypto";
import { dimensionToDb, sectionToDb } from "@/db/enums";
import type { LoadedModel } from "@/content/load";
import { presentTexts, type Locale } from "@/domain/locale";
import { dimensionKeys } from "@/domain/model";
import type { Prisma } from "@/generated/prisma/client";
import { searchText } from "@/search/index-document";
import type { Lookups } from "./taxonomy";
import { bibliographyRows } from "./upsert";

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

  facts.evaluations.forEach((evaluation, i) => {
    const evaluationId = randomUUID();
    rows.evaluations.push({
      id: evaluationId,
      modelId,
      position: i,
      evaluatorId: evaluation.evaluator ? ids.organisation(evaluation.evaluator) : null,
      evaluatedOn: evaluation.evaluatedOn,
      nextReviewOn: evaluation.nextReviewOn,
      ...stamp,
    });
    for (const [locale, t] of texts) {
      const text = t.evaluations[i];
      if (text) rows.evaluationTranslations.push({ evaluationId, locale, summary: text.summary });
    }
    for (const dimension of dimensionKeys) {
      const dimensionId = randomUUID();
      rows.dimensions.push({
        id: dimensionId,
        evaluationId,
        dimension: dimensionToDb[dimension],
        result: evaluation.strengthens.includes(dimension) ? "STRENGTHENED" : "NOT_ASSESSED",
      });
      for (const [locale, t] of texts) {
        const finding = t.evaluations[i]?.findings[dimension];
        if (finding) rows.dimensionTranslations.push({ dimensionId, locale, finding });
      }
    }
    evaluation.documents.forEach((d, position) => {
      rows.documents.push({
        id: randomUUID(),
        evaluationId,
        position,
        title: d.title,
        language: d.language,
        publishedOn: d.publishedOn,
        sizeBytes: d.sizeBytes,
        url: d.url,
      });
    });
  });
}
