// Seed step for practice models: the model row and everything hanging off it.
import { dimensionToDb, sectionToDb, stateToDb } from "@/db/enums";
import type { Locale } from "@/domain/locale";
import { markdownToText } from "@/domain/markdown";
import type { TaxonomyKindKey } from "@/domain/model";
import type { Catalogue, LoadedModel } from "../load";
import { hashJson, references, sync, textsOf, type SeedCounts, type Tx } from "./sync";
import { lookups, type Lookups } from "./taxonomy";

type Labels = (kind: TaxonomyKindKey, key: string, locale: Locale) => string;

function labelsOf(catalogue: Catalogue): Labels {
  const byKey = new Map(catalogue.taxonomies.flatMap((t) => t.entries.map((e) => [`${t.kind}:${e.key}`, e] as const)));
  return (kind, key, locale) => byKey.get(`${kind}:${key}`)?.[locale] ?? key;
}

/** The model's taxonomy labels in one language, for the search index. */
function searchTerms(facts: LoadedModel["facts"], label: Labels, locale: Locale): string {
  const keyed: [TaxonomyKindKey, string[]][] = [
    ["themes", facts.themes],
    ["target-groups", facts.targetGroups],
    ["regions", facts.regions],
    ["wellbeing-services-counties", facts.wellbeingServicesCounties],
    ["funders", facts.funders],
    ["development-stages", facts.developmentStage ? [facts.developmentStage] : []],
  ];
  return keyed.flatMap(([kind, keys]) => keys.map((key) => label(kind, key, locale))).join(" ");
}

function modelChildren(model: LoadedModel, ids: Lookups, label: Labels) {
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
        searchText: markdownToText([t.implementationSite ?? "", ...t.sections.values()].join("\n\n")),
        searchTerms: searchTerms(facts, label, locale),
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
  const label = labelsOf(catalogue);
  for (const model of catalogue.models) {
    const { facts } = model;
    const state = stateToDb[facts.state];
    // The labels are copied into the search index: a renamed label must update the model too.
    const hash = hashJson([model.hash, textsOf(model.texts).map(([locale]) => searchTerms(facts, label, locale))]);
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
      sourceHash: hash,
      publishedAt: state === "PUBLISHED" ? new Date() : null,
    };
    await sync(
      counts,
      await tx.practiceModel.findUnique({ where: { slug: model.slug } }),
      hash,
      () => tx.practiceModel.create({ data: { slug: model.slug, ...data, ...modelChildren(model, ids, label) } }),
      async (id) => {
        const children = modelChildren(model, ids, label);
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

