// Writes practice models: the model row, everything under it, and its search index document,
// inside the caller's transaction. Built for a catalogue of thousands: one query per batch
// finds what is stored, unchanged models are skipped by hash, and everything under new or
// changed models is written with bulk inserts (bulk.ts).
import { randomUUID } from "node:crypto";
import type { LoadedModel } from "@/content/load";
import type { Db } from "@/db/client";
import type { ContentFile } from "@/content/model-files";
import { documentStorage, type DocumentStorage } from "@/documents/storage";
import { stateToDb } from "@/db/enums";
import { presentTexts, type Locale } from "@/domain/locale";
import { facetKeysOf, indexVersion, searchTerms, type Labels } from "@/search/index-document";
import { insertRows } from "./bulk";
import { storeContentFiles } from "./content-files";
import { liveEvaluationFacetKeys, refreshEvaluationFacets } from "./evaluations";
import { addChildRows, emptyRows, insertChildRows, sourceTextHash, type Stamp } from "./model-rows";
import { labels, lookups, type Lookups } from "./taxonomy";
import { hashJson, type Tx, type WriteCounts } from "./upsert";

/** Where a model's live text comes from: its content folder (with the folder's hash), or an editor. */
type Origin = { origin: "CONTENT_FILE"; sourcePath: string; sourceHash: string; folderStamp: string | null } | { origin: "EDITOR" };

/**
 * The model row's columns. `evaluationFacetKeys`: filter values of evaluations the model's
 * facts do not hold, which an editor's write keeps (those of its published evaluations).
 */
function modelData(model: LoadedModel, ids: Lookups, from: Origin, evaluationFacetKeys: string[] = []) {
  const { facts } = model;
  const state = stateToDb[facts.state];
  return {
    sourceLocale: facts.sourceLanguage,
    facetKeys: [
      ...facetKeysOf({
        ...facts,
        evaluations: facts.evaluations.map((e) => ({ withdrawn: e.withdrawn, strengthens: ids.strengthened(e) })),
        locales: presentTexts(model.texts).map(([locale]) => locale),
      }),
      ...evaluationFacetKeys,
    ],
    state,
    isBrief: facts.brief,
    createdOn: facts.createdOn ?? null,
    lastModifiedOn: facts.lastModifiedOn ?? null,
    coverImageUrl: facts.coverImage ?? null,
    sourceUrl: facts.sourceUrl ?? null,
    evaluatedElsewhere: facts.evaluatedElsewhere,
    textHash: sourceTextHash(model),
    developmentStageId: facts.developmentStage ? ids.term("development-stages", facts.developmentStage) : null,
    collectionId: facts.collection ? ids.collection(facts.collection) : null,
    // An editor's write keeps the hash of the folder last seeded, so that the next seed can tell
    // a changed file (a conflict with the editor) from an unchanged one.
    ...from,
    publishedAt: state === "PUBLISHED" ? new Date() : null,
  };
}

/** Raised when the store starts storing something new about models, so that all are rewritten. */
const storageVersion = 5;

/**
 * A model folder's stamp as stored: with the store's versions, so that a new version reads and
 * rewrites every folder. The seed skips a folder whose stamp it finds stored (seed.ts).
 */
export const storedFolderStamp = (stamp: string) => hashJson([storageVersion, indexVersion, stamp]);

/** The stored folder stamps, by slug: what the last seed wrote (archived models have none). */
export async function readFolderStamps(db: Db): Promise<Map<string, string>> {
  const rows = await db.practiceModel.findMany({ where: { folderStamp: { not: null } }, select: { slug: true, folderStamp: true } });
  return new Map(rows.map((row) => [row.slug, row.folderStamp ?? ""]));
}

/**
 * The labels are copied into the search index, so a renamed label changes the model too; and
 * so do the evaluations' results and filter values, when a scale's default or what counts as
 * strengthening changes (evaluation-frameworks.yaml).
 */
function effectiveHash(model: LoadedModel, terms: Map<Locale, string>, ids: Lookups): string {
  const results = model.facts.evaluations.map((e) => [ids.results(e), ids.strengthened(e)]);
  return hashJson([storageVersion, indexVersion, model.hash, [...terms], ...(results.length > 0 ? [results] : [])]);
}


/** What every batch is written with, read once per writer. */
type Context = {
  ids: Lookups;
  label: Labels;
  stamp: Stamp;
  counts: WriteCounts;
  force: boolean;
  storage: () => DocumentStorage;
  folderStamps: ReadonlyMap<string, string>;
};

/**
 * `storage`: where the PDFs of content folders go; the configured one unless given (tests give
 * theirs). `folderStamps`: the folders' stamps by slug, kept for the next seed.
 */
export type WriterOptions = { force?: boolean; storage?: DocumentStorage; folderStamps?: ReadonlyMap<string, string> };

const termsOf = (model: LoadedModel, label: Labels) =>
  new Map(presentTexts(model.texts).map(([locale]) => [locale, searchTerms(model.facts, label, locale)]));

/**
 * Removes what the model text of `modelIds` wrote (the deletes cascade to sections), and the
 * evaluations that came from their files when `evaluationsFromFiles`; evaluations made in the
 * working area have a life of their own (src/editorial/evaluations.ts).
 */
async function deleteChildren(tx: Tx, modelIds: string[], evaluationsFromFiles: boolean) {
  const where = { modelId: { in: modelIds } };
  await tx.modelTranslation.deleteMany({ where });
  await tx.modelTerm.deleteMany({ where });
  await tx.modelDeveloper.deleteMany({ where });
  await tx.modelAdoption.deleteMany({ where });
  await tx.reference.deleteMany({ where });
  if (evaluationsFromFiles) await tx.evaluation.deleteMany({ where: { ...where, origin: "CONTENT_FILE" } });
}

/** Writes the new and changed models of one batch, and everything under them. */
async function writeModels(tx: Tx, models: LoadedModel[], { ids, label, stamp, counts, force, storage, folderStamps }: Context) {
  const storedRows = await tx.practiceModel.findMany({
    where: { slug: { in: models.map((m) => m.slug) } },
    select: { id: true, slug: true, sourceHash: true, origin: true, folderStamp: true },
  });
  const stored = new Map(storedRows.map((m) => [m.slug, m]));
  const rows = emptyRows();
  const created: ({ id: string; slug: string } & ReturnType<typeof modelData> & Stamp)[] = [];
  const changed: string[] = [];
  const files: ContentFile[] = [];
  // Unchanged models whose folder has a new stamp (a file touched, or a first seed with stamps):
  // the new one is kept, so that the next seed skips them unread.
  const restamped: { id: string; folderStamp: string }[] = [];
  for (const model of models) {
    const terms = termsOf(model, label);
    const hash = effectiveHash(model, terms, ids);
    const existing = stored.get(model.slug);
    const folder = folderStamps.get(model.slug);
    const folderStamp = folder ? storedFolderStamp(folder) : null;
    if (existing && existing.sourceHash === hash) {
      if (folderStamp && existing.folderStamp !== folderStamp) restamped.push({ id: existing.id, folderStamp });
      counts.unchanged++;
      continue;
    }
    // Changed in the working area since its last seed, and its file changed too: the editor's
    // version stays unless the seed is forced.
    if (existing?.origin === "EDITOR" && !force) {
      counts.conflicts.push(model.slug);
      continue;
    }
    const from: Origin = { origin: "CONTENT_FILE", sourcePath: model.sourcePath, sourceHash: hash, folderStamp };
    const id = existing?.id ?? randomUUID();
    if (existing) {
      await tx.practiceModel.update({ where: { id }, data: { ...modelData(model, ids, from), version: { increment: 1 }, updatedAt: stamp.updatedAt } });
      changed.push(id);
      counts.updated++;
    } else {
      created.push({ id, slug: model.slug, ...modelData(model, ids, from), ...stamp });
      counts.created++;
    }
    addChildRows(rows, model, id, ids, terms, stamp);
    files.push(...model.files);
  }

  for (const { id, folderStamp } of restamped) await tx.practiceModel.update({ where: { id }, data: { folderStamp } });
  // Before the documents that name them; a file that is no PDF we take fails the seed here.
  await storeContentFiles(tx, storage, files);
  // Changed models get their parts anew.
  if (changed.length > 0) await deleteChildren(tx, changed, true);
  await insertRows(tx, "PracticeModel", created);
  await insertChildRows(tx, rows);
  // The filter values above came from the files; evaluations published in the working area
  // stay through a seed, and so must theirs.
  if (changed.length > 0) {
    const withOwnEvaluations = await tx.evaluation.findMany({
      where: { modelId: { in: changed }, origin: "EDITOR" },
      distinct: ["modelId"],
      select: { modelId: true },
    });
    for (const { modelId } of withOwnEvaluations) await refreshEvaluationFacets(tx, modelId);
  }
}

/**
 * A writer of models in `tx`, called once per batch (a seed streams batches while it parses
 * the next; an editor's save is a batch of one). Taxonomy terms, organisations and
 * collections the models name must be in the database already.
 */
export async function modelWriter(tx: Tx, counts: WriteCounts, options: WriterOptions = {}) {
  const now = new Date();
  const context: Context = {
    ids: await lookups(tx),
    label: await labels(tx),
    stamp: { createdAt: now, updatedAt: now },
    counts,
    force: options.force ?? false,
    // Made only when a file is to be stored: most seeds store none.
    storage: () => options.storage ?? documentStorage(),
    folderStamps: options.folderStamps ?? new Map(),
  };
  return (models: LoadedModel[]) => writeModels(tx, models, context);
}

/**
 * Writes what an editor published into the live rows of model `id` (its slug may change), in
 * `tx`: the row, everything under it, and its search index document. The model's evaluations
 * stay as they are (coordinators publish those), and so do the filter values they give, written
 * with the row rather than patched in after it. Returns the new version.
 */
export async function writeEditorModel(tx: Tx, id: string, published: LoadedModel): Promise<number> {
  const model: LoadedModel = { ...published, facts: { ...published.facts, evaluations: [] } };
  const ids = await lookups(tx);
  const now = new Date();
  const row = await tx.practiceModel.update({
    where: { id },
    data: { ...modelData(model, ids, { origin: "EDITOR" }, await liveEvaluationFacetKeys(tx, id)), slug: model.slug, version: { increment: 1 }, updatedAt: now },
    select: { version: true },
  });
  await deleteChildren(tx, [id], false);
  const rows = emptyRows();
  addChildRows(rows, model, id, ids, termsOf(model, await labels(tx)), { createdAt: now, updatedAt: now });
  await insertChildRows(tx, rows);
  return row.version;
}

/** Archives the content-file models whose folder is gone: links to them keep working. */
export async function archiveModelsNotIn(tx: Tx, slugs: string[], counts: WriteCounts) {
  // The slugs go as one array: a catalogue of 100,000 has more than a statement's 65,535 parameters.
  counts.archived += await tx.$executeRaw`
    UPDATE "PracticeModel"
    SET state = 'ARCHIVED', "sourceHash" = NULL, "folderStamp" = NULL, version = version + 1, "updatedAt" = now()
    WHERE origin = 'CONTENT_FILE' AND state <> 'ARCHIVED' AND NOT (slug = ANY(${slugs}::text[]))`;
}
