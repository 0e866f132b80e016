// Loads the validated content into the database in one transaction. A record whose files
// are unchanged (same hash) is skipped, so a second run changes nothing; any error rolls the
// whole seed back and leaves the database as it was.
import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
import { dimensionToDb, sectionToDb, stateToDb, taxonomyKindToDb } from "@/db/enums";
import type { Locale } from "@/domain/locale";
import type { Prisma } from "@/generated/prisma/client";
import type { Catalogue, LoadedModel } from "./load";
import type { ReferenceInput } from "./schema";

type Tx = Prisma.TransactionClient;
export type SeedCounts = { created: number; updated: number; unchanged: number; archived: number };
export type SeedReport = Record<"terms" | "organisations" | "collections" | "models" | "themeArticles", SeedCounts>;

const zero = (): SeedCounts => ({ created: 0, updated: 0, unchanged: 0, archived: 0 });
const hashJson = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

/** Decides create / update / skip from the stored hash, and counts it. */
async function sync(
  counts: SeedCounts,
  stored: { id: string; sourceHash: string | null } | null,
  hash: string,
  create: () => Promise<unknown>,
  update: (id: string) => Promise<unknown>,
) {
  if (!stored) {
    await create();
    counts.created++;
  } else if (stored.sourceHash !== hash) {
    await update(stored.id);
    counts.updated++;
  } else counts.unchanged++;
}

function textsOf<T>(texts: Partial<Record<Locale, T>>): [Locale, T][] {
  return (["fi", "sv", "en"] as const).flatMap((locale) => {
    const text = texts[locale];
    return text === undefined ? [] : [[locale, text] as [Locale, T]];
  });
}

const references = (list: ReferenceInput[]) =>
  list.map((r, position) => ({ position, title: r.title, authors: r.authors, year: r.year, publisher: r.publisher, url: r.url }));

async function seedTaxonomies(tx: Tx, catalogue: Catalogue, counts: SeedCounts) {
  for (const taxonomy of catalogue.taxonomies) {
    const kind = taxonomyKindToDb[taxonomy.kind];
    for (const [position, entry] of taxonomy.entries.entries()) {
      const hash = hashJson({ entry, position });
      const labels = (["fi", "sv", "en"] as const).map((locale) => ({ locale, label: entry[locale] }));
      const stored = await tx.taxonomyTerm.findUnique({ where: { kind_key: { kind, key: entry.key } } });
      await sync(
        counts,
        stored,
        hash,
        () => tx.taxonomyTerm.create({ data: { kind, key: entry.key, position, sourceHash: hash, labels: { create: labels } } }),
        (id) =>
          tx.taxonomyTerm.update({
            where: { id },
            data: { position, sourceHash: hash, labels: { deleteMany: {}, create: labels } },
          }),
      );
    }
    const removed = await tx.taxonomyTerm.deleteMany({
      where: { kind, key: { notIn: taxonomy.entries.map((e) => e.key) } },
    });
    counts.archived += removed.count;
  }
}

async function seedOrganisations(tx: Tx, catalogue: Catalogue, counts: SeedCounts) {
  for (const entry of catalogue.organisations.entries) {
    const hash = hashJson(entry);
    const data = { name: entry.name, website: entry.website ?? null, sourceHash: hash };
    await sync(
      counts,
      await tx.organisation.findUnique({ where: { key: entry.key } }),
      hash,
      () => tx.organisation.create({ data: { key: entry.key, ...data } }),
      (id) => tx.organisation.update({ where: { id }, data }),
    );
  }
}

async function seedCollections(tx: Tx, catalogue: Catalogue, counts: SeedCounts) {
  for (const collection of catalogue.collections) {
    const translations = textsOf(collection.texts).map(([locale, t]) => ({ locale, name: t.name, summary: t.summary, body: t.body }));
    const data = { state: stateToDb[collection.facts.state], sourcePath: collection.sourcePath, sourceHash: collection.hash };
    await sync(
      counts,
      await tx.collection.findUnique({ where: { slug: collection.slug } }),
      collection.hash,
      () => tx.collection.create({ data: { slug: collection.slug, ...data, translations: { create: translations } } }),
      (id) =>
        tx.collection.update({
          where: { id },
          data: { ...data, version: { increment: 1 }, translations: { deleteMany: {}, create: translations } },
        }),
    );
  }
}

/** Ids of terms and organisations by key, for linking. */
async function lookups(tx: Tx) {
  const terms = await tx.taxonomyTerm.findMany({ select: { id: true, kind: true, key: true } });
  const organisations = await tx.organisation.findMany({ select: { id: true, key: true } });
  const collections = await tx.collection.findMany({ select: { id: true, slug: true } });
  const termId = new Map(terms.map((t) => [`${t.kind}:${t.key}`, t.id]));
  const need = <T>(map: Map<string, T>, key: string) => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`Seed: unknown key ${key}`);
    return value;
  };
  return {
    term: (kind: keyof typeof taxonomyKindToDb, key: string) => need(termId, `${taxonomyKindToDb[kind]}:${key}`),
    organisation: (key: string) => need(new Map(organisations.map((o) => [o.key, o.id])), key),
    collection: (slug: string) => need(new Map(collections.map((c) => [c.slug, c.id])), slug),
  };
}

type Lookups = Awaited<ReturnType<typeof lookups>>;

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

async function seedModels(tx: Tx, catalogue: Catalogue, counts: SeedCounts) {
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

async function seedThemeArticles(tx: Tx, catalogue: Catalogue, counts: SeedCounts) {
  const ids = await lookups(tx);
  const modelIds = new Map((await tx.practiceModel.findMany({ select: { id: true, slug: true } })).map((m) => [m.slug, m.id]));
  for (const article of catalogue.themeArticles) {
    const { facts } = article;
    const state = stateToDb[facts.state];
    const data = {
      state,
      themeId: facts.theme ? ids.term("themes", facts.theme) : null,
      sourcePath: article.sourcePath,
      sourceHash: article.hash,
      publishedAt: state === "PUBLISHED" ? new Date() : null,
    };
    const children = () => ({
      translations: {
        create: textsOf(article.texts).map(([locale, t]) => ({ locale, title: t.title, lead: t.lead, body: t.body })),
      },
      models: {
        create: facts.models.flatMap((slug, position) => {
          const modelId = modelIds.get(slug);
          return modelId ? [{ modelId, position }] : [];
        }),
      },
      references: { create: references(facts.references) },
    });
    await sync(
      counts,
      await tx.themeArticle.findUnique({ where: { slug: article.slug } }),
      article.hash,
      () => tx.themeArticle.create({ data: { slug: article.slug, ...data, ...children() } }),
      (id) => {
        const c = children();
        return tx.themeArticle.update({
          where: { id },
          data: {
            ...data,
            version: { increment: 1 },
            translations: { deleteMany: {}, ...c.translations },
            models: { deleteMany: {}, ...c.models },
            references: { deleteMany: {}, ...c.references },
          },
        });
      },
    );
  }
}

/** Writes the catalogue into the database in one transaction. */
export async function seedCatalogue(db: Db, catalogue: Catalogue): Promise<SeedReport> {
  const report: SeedReport = { terms: zero(), organisations: zero(), collections: zero(), models: zero(), themeArticles: zero() };
  await db.$transaction(
    async (tx) => {
      await seedTaxonomies(tx, catalogue, report.terms);
      await seedOrganisations(tx, catalogue, report.organisations);
      await seedCollections(tx, catalogue, report.collections);
      await seedModels(tx, catalogue, report.models);
      await seedThemeArticles(tx, catalogue, report.themeArticles);
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
  return report;
}
