// Writes practice models: the model row, everything under it, and its search index document,
// inside the caller's transaction. Built for a catalogue of thousands: one query per batch
// finds what is stored, unchanged models are skipped by hash, and everything under new or
// changed models is written with bulk inserts (bulk.ts).
import { randomUUID } from "node:crypto";
import type { LoadedModel } from "@/content/load";
import { stateToDb } from "@/db/enums";
import { presentTexts, type Locale } from "@/domain/locale";
import { facetKeysOf, indexVersion, searchTerms, type Labels } from "@/search/index-document";
import { insertRows } from "./bulk";
import { addChildRows, emptyRows, type ChildRows, type Stamp } from "./model-rows";
import { labels, lookups, type Lookups } from "./taxonomy";
import { hashJson, type Tx, type WriteCounts } from "./upsert";

function modelData(model: LoadedModel, ids: Lookups, hash: string) {
  const { facts } = model;
  const state = stateToDb[facts.state];
  return {
    facetKeys: facetKeysOf({ ...facts, locales: presentTexts(model.texts).map(([locale]) => locale) }),
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

/** Raised when the store starts storing something new about models, so that all are rewritten. */
const storageVersion = 2;

/** The labels are copied into the search index, so a renamed label changes the model too. */
function effectiveHash(model: LoadedModel, terms: Map<Locale, string>): string {
  return hashJson([storageVersion, indexVersion, model.hash, [...terms]]);
}

async function insertChildren(tx: Tx, rows: ChildRows) {
  await insertRows(tx, "ModelTranslation", rows.translations);
  await insertRows(tx, "ModelSection", rows.sections);
  await insertRows(tx, "ModelTerm", rows.terms);
  await insertRows(tx, "ModelDeveloper", rows.developers);
  await insertRows(tx, "Reference", rows.references);
  await insertRows(tx, "Evaluation", rows.evaluations);
  await insertRows(tx, "EvaluationTranslation", rows.evaluationTranslations);
  await insertRows(tx, "EvaluationDimension", rows.dimensions);
  await insertRows(tx, "EvaluationDimensionTranslation", rows.dimensionTranslations);
  await insertRows(tx, "EvaluationDocument", rows.documents);
}

/** What every batch is written with, read once per writer. */
type Context = { ids: Lookups; label: Labels; stamp: Stamp; counts: WriteCounts };

/** Writes the new and changed models of one batch, and everything under them. */
async function writeModels(tx: Tx, models: LoadedModel[], { ids, label, stamp, counts }: Context) {
  const storedRows = await tx.practiceModel.findMany({
    where: { slug: { in: models.map((m) => m.slug) } },
    select: { id: true, slug: true, sourceHash: true },
  });
  const stored = new Map(storedRows.map((m) => [m.slug, m]));
  const rows = emptyRows();
  const created: ({ id: string; slug: string } & ReturnType<typeof modelData> & Stamp)[] = [];
  const changed: string[] = [];
  for (const model of models) {
    const terms = new Map(presentTexts(model.texts).map(([locale]) => [locale, searchTerms(model.facts, label, locale)]));
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
      created.push({ id, slug: model.slug, ...modelData(model, ids, hash), ...stamp });
      counts.created++;
    }
    addChildRows(rows, model, id, ids, terms, stamp);
  }

  // Changed models get their parts anew; the deletes cascade to sections and evaluation parts.
  if (changed.length > 0) {
    const where = { modelId: { in: changed } };
    await tx.modelTranslation.deleteMany({ where });
    await tx.modelTerm.deleteMany({ where });
    await tx.modelDeveloper.deleteMany({ where });
    await tx.reference.deleteMany({ where });
    await tx.evaluation.deleteMany({ where });
  }
  await insertRows(tx, "PracticeModel", created);
  await insertChildren(tx, rows);
}

/**
 * A writer of models in `tx`, called once per batch (a seed streams batches while it parses
 * the next; an editor's save is a batch of one). Taxonomy terms, organisations and
 * collections the models name must be in the database already.
 */
export async function modelWriter(tx: Tx, counts: WriteCounts) {
  const now = new Date();
  const context: Context = { ids: await lookups(tx), label: await labels(tx), stamp: { createdAt: now, updatedAt: now }, counts };
  return (models: LoadedModel[]) => writeModels(tx, models, context);
}

/** Archives the content-file models whose folder is gone: links to them keep working. */
export async function archiveModelsNotIn(tx: Tx, slugs: string[], counts: WriteCounts) {
  const archived = await tx.practiceModel.updateMany({
    where: { origin: "CONTENT_FILE", state: { not: "ARCHIVED" }, slug: { notIn: slugs } },
    data: { state: "ARCHIVED", sourceHash: null, version: { increment: 1 } },
  });
  counts.archived += archived.count;
}
