// Seed step for practice models. Built for a catalogue of thousands: one query finds what
// is stored, unchanged models are skipped by hash, and everything under new or changed
// models is written with bulk inserts.
import { randomUUID } from "node:crypto";
import { stateToDb } from "@/db/enums";
import { facetKeysOf } from "@/domain/facet-keys";
import type { Catalogue, LoadedModel } from "../load";
import type { Locale } from "@/domain/locale";
import { addChildRows, emptyRows, labelsOf, searchTerms, type ChildRows } from "./model-rows";
import { hashJson, textsOf, type SeedCounts, type Tx } from "./sync";
import { lookups, type Lookups } from "./taxonomy";

const chunkSize = 2000;

function modelData(model: LoadedModel, ids: Lookups, hash: string) {
  const { facts } = model;
  const state = stateToDb[facts.state];
  return {
    facetKeys: facetKeysOf({ ...facts, locales: textsOf(model.texts).map(([locale]) => locale) }),
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
}

/** Raised when the seed starts storing something new about models, so that all are rewritten. */
const storageVersion = 2;

/** The labels are copied into the search index, so a renamed label changes the model too. */
function effectiveHash(model: LoadedModel, terms: Map<Locale, string>): string {
  return hashJson([storageVersion, model.hash, [...terms]]);
}

async function inChunks<T>(items: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += chunkSize) await write(items.slice(i, i + chunkSize));
}

async function insertChildren(tx: Tx, rows: ChildRows) {
  await inChunks(rows.translations, (data) => tx.modelTranslation.createMany({ data }));
  await inChunks(rows.sections, (data) => tx.modelSection.createMany({ data }));
  await inChunks(rows.terms, (data) => tx.modelTerm.createMany({ data }));
  await inChunks(rows.developers, (data) => tx.modelDeveloper.createMany({ data }));
  await inChunks(rows.references, (data) => tx.reference.createMany({ data }));
  await inChunks(rows.evaluations, (data) => tx.evaluation.createMany({ data }));
  await inChunks(rows.evaluationTranslations, (data) => tx.evaluationTranslation.createMany({ data }));
  await inChunks(rows.dimensions, (data) => tx.evaluationDimension.createMany({ data }));
  await inChunks(rows.dimensionTranslations, (data) => tx.evaluationDimensionTranslation.createMany({ data }));
  await inChunks(rows.documents, (data) => tx.evaluationDocument.createMany({ data }));
}

export async function seedModels(tx: Tx, catalogue: Catalogue, counts: SeedCounts) {
  const ids = await lookups(tx);
  const label = labelsOf(catalogue);
  const stored = new Map(
    (await tx.practiceModel.findMany({ select: { id: true, slug: true, sourceHash: true } })).map((m) => [m.slug, m]),
  );
  const rows = emptyRows();
  const created: ({ id: string; slug: string } & ReturnType<typeof modelData>)[] = [];
  const changed: string[] = [];

  for (const model of catalogue.models) {
    const terms = new Map(textsOf(model.texts).map(([locale]) => [locale, searchTerms(model.facts, label, locale)]));
    const hash = effectiveHash(model, terms);
    const existing = stored.get(model.slug);
    if (existing && existing.sourceHash === hash) {
      counts.unchanged++;
      continue;
    }
    const id = existing?.id ?? randomUUID();
    if (existing) {
      await tx.practiceModel.update({ where: { id }, data: { ...modelData(model, ids, hash), version: { increment: 1 } } });
      changed.push(id);
      counts.updated++;
    } else {
      created.push({ id, slug: model.slug, ...modelData(model, ids, hash) });
      counts.created++;
    }
    addChildRows(rows, model, id, ids, terms);
  }

  // Changed models get their parts anew; the deletes cascade to sections and evaluation parts.
  const where = { modelId: { in: changed } };
  await tx.modelTranslation.deleteMany({ where });
  await tx.modelTerm.deleteMany({ where });
  await tx.modelDeveloper.deleteMany({ where });
  await tx.reference.deleteMany({ where });
  await tx.evaluation.deleteMany({ where });
  await inChunks(created, (data) => tx.practiceModel.createMany({ data }));
  await insertChildren(tx, rows);

  // A model whose folder was removed is archived, not deleted: links to it keep working.
  const archived = await tx.practiceModel.updateMany({
    where: { origin: "CONTENT_FILE", state: { not: "ARCHIVED" }, slug: { notIn: catalogue.models.map((m) => m.slug) } },
    data: { state: "ARCHIVED", sourceHash: null, version: { increment: 1 } },
  });
  counts.archived += archived.count;
}
