// Seed step for practice models: the model row and everything hanging off it.
import { dimensionToDb, sectionToDb, stateToDb } from "@/db/enums";
import type { Catalogue, LoadedModel } from "../load";
import { references, sync, textsOf, type SeedCounts, type Tx } from "./sync";
import { lookups, type Lookups } from "./taxonomy";

function modelChildren(model: LoadedModel, ids: Lookups) {
  const { facts } = model;
  const texts = textsOf(model.texts);
  const termKeys = [
    ...facts.themes.map((key) => ids.term("themes", key)),
    ...facts.targetGroups.map((key) => ids.term("target-groups", key)),
    ...facts.regions.map((key) => ids.term("regions", key)),
    ...facts.wellbeingServicesCounties.map((key) => ids.term("wellbeing-services-counties", key)),
    ...facts.funders.map((key) => ids.term("funders", key)),
  ];
  return {
    translations: {
      create: texts.map(([locale, t]) => ({
        locale,
        name: t.name,
        shortDescription: t.shortDescription,
        implementationSite: t.implementationSite,
        coverImageAlt: t.coverImageAlt,
        sourcePath: `${model.sourcePath}/${locale}.md`,
        sections: { create: [...t.sections].map(([key, body]) => ({ kind: sectionToDb[key], body })) },
      })),
    },
    terms: { create: [...new Set(termKeys)].map((termId) => ({ termId })) },
    developers: { create: facts.developers.map((key, position) => ({ organisationId: ids.organisation(key), position })) },
    references: { create: references(facts.references) },
    evaluations: {
      create: facts.evaluations.map((evaluation, i) => ({
        evaluatorId: evaluation.evaluator ? ids.organisation(evaluation.evaluator) : null,
        evaluatedOn: evaluation.evaluatedOn,
        nextReviewOn: evaluation.nextReviewOn,
        translations: {
          create: texts.flatMap(([locale, t]) => {
            const text = t.evaluations[i];
            return text ? [{ locale, summary: text.summary }] : [];
          }),
        },
        dimensions: {
          create: (["own-life", "communities-and-influencing", "common-good"] as const).map((dimension) => ({
            dimension: dimensionToDb[dimension],
            result: evaluation.strengthens.includes(dimension) ? ("STRENGTHENED" as const) : ("NOT_ASSESSED" as const),
            translations: {
              create: texts.flatMap(([locale, t]) => {
                const finding = t.evaluations[i]?.findings[dimension];
                return finding ? [{ locale, finding }] : [];
              }),
            },
          })),
        },
        documents: {
          create: evaluation.documents.map((d) => ({
            title: d.title,
            language: d.language,
            publishedOn: d.publishedOn,
            sizeBytes: d.sizeBytes,
            url: d.url,
          })),
        },
      })),
    },
  };
}

export async function seedModels(tx: Tx, catalogue: Catalogue, counts: SeedCounts) {
  const ids = await lookups(tx);
  for (const model of catalogue.models) {
    const { facts } = model;
    const state = stateToDb[facts.state];
    const data = {
      state,
      isBrief: facts.brief,
      createdOn: facts.createdOn ?? null,
      lastModifiedOn: facts.lastModifiedOn ?? null,
      coverImageUrl: facts.coverImage ?? null,
      sourceUrl: facts.sourceUrl ?? null,
      evaluatedElsewhere: facts.evaluatedElsewhere,
      developmentStageId: facts.developmentStage ? ids.term("development-stages", facts.developmentStage) : null,
      collectionId: facts.collection ? ids.collection(facts.collection) : null,
      origin: "CONTENT_FILE" as const,
      sourcePath: model.sourcePath,
      sourceHash: model.hash,
      publishedAt: state === "PUBLISHED" ? new Date() : null,
    };
    await sync(
      counts,
      await tx.practiceModel.findUnique({ where: { slug: model.slug } }),
      model.hash,
      () => tx.practiceModel.create({ data: { slug: model.slug, ...data, ...modelChildren(model, ids) } }),
      async (id) => {
        const children = modelChildren(model, ids);
        await tx.practiceModel.update({
          where: { id },
          data: {
            ...data,
            version: { increment: 1 },
            translations: { deleteMany: {}, ...children.translations },
            terms: { deleteMany: {}, ...children.terms },
            developers: { deleteMany: {}, ...children.developers },
            references: { deleteMany: {}, ...children.references },
            evaluations: { deleteMany: {}, ...children.evaluations },
          },
        });
      },
    );
  }
  // A model whose folder was removed is archived, not deleted: links to it keep working.
  const archived = await tx.practiceModel.updateMany({
    where: { origin: "CONTENT_FILE", state: { not: "ARCHIVED" }, slug: { notIn: catalogue.models.map((m) => m.slug) } },
    data: { state: "ARCHIVED", sourceHash: null, version: { increment: 1 } },
  });
  counts.archived += archived.count;
}

