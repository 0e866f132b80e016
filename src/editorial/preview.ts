// A draft's page for the working area's preview: the draft (a LoadedModel made from its
// document) turned into the rows a published page is made of, so that the preview is the
// public page itself (toModelPage, ModelArticle). Labels, organisations and the collection
// are read from the database, as the published page reads them, and so are the live
// evaluations (coordinators publish those on their own).
import type { LoadedModel } from "@/content/load";
import type { Db } from "@/db/client";
import { sectionToDb, taxonomyKindToDb } from "@/db/enums";
import { presentTexts, type Locale } from "@/domain/locale";
import type { ModelPage, TaxonomyKindKey } from "@/domain/model";
import { readEvaluationFrameworks } from "@/db/evaluation-frameworks";
import { publicEvaluations, toModelPage, type PageSource } from "@/queries/models";
import { sourceTextHash } from "@/store/model-rows";
import { termInclude } from "@/queries/terms";

export async function readDraftModelPage(db: Db, locale: Locale, modelId: string, model: LoadedModel): Promise<ModelPage> {
  const { facts } = model;
  const texts = presentTexts(model.texts);
  const wanted: [TaxonomyKindKey, string[]][] = [
    ["themes", facts.themes],
    ["target-groups", facts.targetGroups],
    ["regions", facts.regions],
    ["wellbeing-services-counties", facts.wellbeingServicesCounties],
    ["funders", facts.funders],
  ];
  const [terms, adoptionCounties, stage, organisations, collection, articles, live] = await Promise.all([
    db.taxonomyTerm.findMany({
      where: { OR: wanted.map(([kind, keys]) => ({ kind: taxonomyKindToDb[kind], key: { in: keys } })) },
      include: termInclude,
    }),
    // Apart from the terms above: those are the model's own counties, these where it is in use.
    db.taxonomyTerm.findMany({
      where: { kind: "WELLBEING_SERVICES_COUNTY", key: { in: facts.inUse.flatMap((a) => a.wellbeingServicesCounty ?? []) } },
      include: termInclude,
    }),
    facts.developmentStage
      ? db.taxonomyTerm.findFirst({ where: { kind: "DEVELOPMENT_STAGE", key: facts.developmentStage }, include: termInclude })
      : null,
    db.organisation.findMany({ where: { key: { in: facts.developers } } }),
    facts.collection ? db.collection.findFirst({ where: { slug: facts.collection, state: "PUBLISHED" }, include: { translations: true } }) : null,
    db.themeArticle.findMany({
      where: { state: "PUBLISHED", models: { some: { model: { slug: model.slug } } } },
      select: { slug: true, translations: { select: { locale: true, title: true } } },
    }),
    db.practiceModel.findUnique({ where: { id: modelId }, select: { evaluations: publicEvaluations } }),
  ]);
  const organisation = (key: string | undefined) => organisations.find((o) => o.key === key) ?? null;
  const county = (key: string | undefined) => adoptionCounties.find((t) => t.key === key) ?? null;
  const source: PageSource = {
    slug: model.slug,
    sourceLocale: facts.sourceLanguage,
    isBrief: facts.brief,
    evaluatedElsewhere: facts.evaluatedElsewhere,
    coverImageUrl: facts.coverImage ?? null,
    sourceUrl: facts.sourceUrl ?? null,
    createdOn: facts.createdOn ?? null,
    lastModifiedOn: facts.lastModifiedOn ?? null,
    _count: { evaluations: live?.evaluations.filter((e) => e.state === "PUBLISHED").length ?? 0 },
    translations: texts.map(([textLocale, t]) => ({
      locale: textLocale,
      name: t.name,
      shortDescription: t.shortDescription,
      implementationSite: t.implementationSite ?? null,
      coverImageAlt: t.coverImageAlt ?? null,
      sections: [...t.sections].map(([key, body]) => ({ kind: sectionToDb[key], body })),
    })),
    terms: terms.map((term) => ({ term })),
    developmentStage: stage,
    developers: facts.developers.flatMap((key) => organisation(key) ?? []).map((o) => ({ organisation: o })),
    adoptions: facts.inUse.map((a) => ({
      organisation: a.organisation,
      municipality: a.municipality ?? null,
      wellbeingServicesCounty: county(a.wellbeingServicesCounty),
      since: a.since ?? null,
    })),
    collection,
    references: facts.references.map((r) => ({
      authors: r.authors ?? null,
      year: r.year ?? null,
      title: r.title,
      publisher: r.publisher ?? null,
      url: r.url ?? null,
    })),
    themeArticles: articles.map((article) => ({ article })),
    // Evaluations are not part of the model's draft: the page shows the live ones.
    textHash: sourceTextHash(model),
    evaluations: live?.evaluations ?? [],
  };
  return toModelPage(source, locale, await readEvaluationFrameworks(db));
}
