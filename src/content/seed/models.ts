// Seed step for practice models. Built for a catalogue of thousands: one query finds what
// is stored, unchanged models are skipped by hash, and everything under new or changed
// models is written with bulk inserts (bulk.ts).
import { randomUUID } from "node:crypto";
import { stateToDb } from "@/db/enums";
import { facetKeysOf } from "@/domain/facet-keys";
import type { LoadedModel } from "../load";
import type { Locale } from "@/domain/locale";
import { insertRows } from "./bulk";
import { addChildRows, emptyRows, labelsOf, searchTerms, type ChildRows, type Labels, type Stamp } from "./model-rows";
import { hashJson, textsOf, type SeedCounts, type SeedInput, type Tx } from "./sync";
import { lookups, type Lookups } from "./taxonomy";

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

/** What every batch is written with. */
type Context = {
  ids: Lookups;
  label: Labels;
  stored: Map<string, { id: string; sourceHash: string | null }>;
  stamp: Stamp;
  counts: SeedCounts;
};

/** Writes new and changed models of one batch, and everything under them. */
async function writeModels(tx: Tx, models: LoadedModel[], { ids, label, stored, stamp, counts }: Context) {
  const rows = emptyRows();
  const created: ({ id: string; slug: string } & ReturnType<typeof modelData> & Stamp)[] = [];
  const changed: string[] = [];
  for (const model of models) {
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
 * Writes the models batch by batch: from a stream (streamContent), PostgreSQL indexes one
 * batch while the next is parsed.
 */
export async function seedModels(tx: Tx, catalogue: SeedInput, counts: SeedCounts) {
  const stored = new Map(
    (await tx.practiceModel.findMany({ select: { id: true, slug: true, sourceHash: true } })).map((m) => [m.slug, m]),
  );
  const now = new Date();
  const context: Context = { ids: await lookups(tx), label: labelsOf(catalogue), stored, stamp: { createdAt: now, updatedAt: now }, counts };
  const slugs: string[] = [];
  for await (const models of Array.isArray(catalogue.models) ? [catalogue.models] : catalogue.models) {
    await writeModels(tx, models, context);
    slugs.push(...models.map((m) => m.slug));
  }

  // A model whose folder was removed is archived, not deleted: links to it keep working.
  const archived = await tx.practiceModel.updateMany({
    where: { origin: "CONTENT_FILE", state: { not: "ARCHIVED" }, slug: { notIn: slugs } },
    data: { state: "ARCHIVED", sourceHash: null, version: { increment: 1 } },
  });
  counts.archived += archived.count;
}
