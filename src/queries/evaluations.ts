// Evaluations as open data (src/domain/evaluation-data.ts): the rows of the evaluations CSV and
// the records of one model's evaluations. Published and withdrawn evaluations of published
// models only, chosen by the same rule as the model page (publicEvaluations in ./models.ts).
import "server-only";
import type { Db } from "@/db/client";
import { dimensionToDb } from "@/db/enums";
import {
  changedSinceEvaluated,
  type EvaluationExport,
  type EvaluationExportFilter,
  type EvaluationExportRow,
  type EvaluationRecord,
  type EvaluationStateKey,
  type Texts,
} from "@/domain/evaluation-data";
import { locales, pickTranslation, type Locale } from "@/domain/locale";
import { dimensionKeys } from "@/domain/model";
import { readEvaluationFrameworks } from "@/db/evaluation-frameworks";
import { scaleOf, type EvaluationFramework, type ResultScale } from "@/domain/evaluation-frameworks";
import type { EvaluationState, ParticipationDimension } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { publicEvaluations, toEvaluationDocument } from "./models";

const publishedModel = { state: "PUBLISHED" } satisfies Prisma.PracticeModelWhereInput;

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
/** A YYYY-MM-DD filter value as the date column compares it. */
const dateOf = (value: string) => new Date(`${value}T00:00:00Z`);

function stateKey(state: EvaluationState): EvaluationStateKey {
  // The queries below select published and withdrawn ones; a draft here would be a leak.
  if (state === "DRAFT") throw new Error("a draft evaluation is never public");
  return state === "WITHDRAWN" ? "withdrawn" : "published";
}

/** Each of the three dimensions, in their order, with its result's labels on the evaluation's scale. */
function resultsOf(dimensions: { dimension: ParticipationDimension; result: string }[], scale: ResultScale | null) {
  return dimensionKeys.map((key) => {
    // A dimension without a row of its own has the scale's default.
    const result = dimensions.find((d) => d.dimension === dimensionToDb[key])?.result ?? scale?.find((r) => r.default)?.key ?? "";
    const step = scale?.find((r) => r.key === result);
    const label: Texts = Object.fromEntries(locales.map((locale) => [locale, step?.[locale] ?? result]));
    return { key, result, label };
  });
}

/** The framework an evaluation names, and its scale; an unknown one (never seeded) goes by its key. */
function frameworkOf(frameworks: EvaluationFramework[], row: { framework: string; frameworkVersion: string | null }) {
  const framework = frameworks.find((f) => f.key === row.framework);
  return { framework, scale: scaleOf(frameworks, row.framework, row.frameworkVersion ?? undefined) };
}

const exportInclude = {
  evaluator: { select: { name: true } },
  translations: { select: { locale: true, summary: true, withdrawalReason: true } },
  dimensions: { select: { dimension: true, result: true } },
  _count: { select: { documents: true } },
  model: { select: { slug: true, sourceLocale: true, textHash: true, translations: { select: { locale: true, name: true } } } },
} satisfies Prisma.EvaluationInclude;

type ExportRow = Prisma.EvaluationGetPayload<{ include: typeof exportInclude }>;

function toExportRow(row: ExportRow, locale: Locale, frameworks: EvaluationFramework[]): EvaluationExportRow {
  const { framework, scale } = frameworkOf(frameworks, row);
  const source = row.model.sourceLocale;
  const name = pickTranslation(row.model.translations, locale, source);
  const summary = pickTranslation(row.translations, locale, source);
  const reason = pickTranslation(row.translations.filter((t) => t.withdrawalReason), locale, source);
  const state = stateKey(row.state);
  return {
    modelSlug: row.model.slug,
    modelName: name?.name ?? row.model.slug,
    evaluator: row.evaluator?.name ?? null,
    evaluatedOn: row.evaluatedOn,
    framework: framework?.[locale] ?? row.framework,
    frameworkVersion: row.frameworkVersion,
    nextReviewOn: row.noReviewPlanned ? null : row.nextReviewOn,
    noReviewPlanned: row.noReviewPlanned,
    state,
    withdrawnAt: state === "withdrawn" ? row.withdrawnAt : null,
    withdrawalReason: state === "withdrawn" ? (reason?.withdrawalReason ?? null) : null,
    dimensions: resultsOf(row.dimensions, scale).map(({ key, result, label }) => ({ key, result, label: label[locale] ?? result })),
    summary: summary?.summary ?? null,
    documentCount: row._count.documents,
    changedSinceEvaluated: changedSinceEvaluated(row.modelTextHash, row.model.textHash),
  };
}

/** Filter values that name no published collection or no wellbeing services county. */
async function unknownValues(db: Db, filter: EvaluationExportFilter): Promise<EvaluationExport["unknownValues"]> {
  const [collections, counties] = await Promise.all([
    filter.collection.length === 0
      ? []
      : db.collection.findMany({ where: { state: "PUBLISHED", slug: { in: filter.collection } }, select: { slug: true } }),
    filter.county.length === 0
      ? []
      : db.taxonomyTerm.findMany({ where: { kind: "WELLBEING_SERVICES_COUNTY", key: { in: filter.county } }, select: { key: true } }),
  ]);
  return [
    ...filter.collection.filter((value) => !collections.some((c) => c.slug === value)).map((value) => ({ param: "collection" as const, value })),
    ...filter.county.filter((value) => !counties.some((c) => c.key === value)).map((value) => ({ param: "county" as const, value })),
  ];
}

/** The evaluations the filter selects, the most recently evaluated first, texts in `locale`. */
export async function readEvaluationExport(db: Db, locale: Locale, filter: EvaluationExportFilter): Promise<EvaluationExport> {
  const unknown = await unknownValues(db, filter);
  if (unknown.length > 0) return { rows: [], unknownValues: unknown };
  const rows = await db.evaluation.findMany({
    where: {
      ...publicEvaluations.where,
      model: {
        ...publishedModel,
        ...(filter.collection.length > 0 ? { collection: { slug: { in: filter.collection } } } : {}),
        ...(filter.county.length > 0 ? { terms: { some: { term: { kind: "WELLBEING_SERVICES_COUNTY", key: { in: filter.county } } } } } : {}),
      },
      ...(filter.from || filter.to
        ? { evaluatedOn: { ...(filter.from ? { gte: dateOf(filter.from) } : {}), ...(filter.to ? { lte: dateOf(filter.to) } : {}) } }
        : {}),
    },
    include: exportInclude,
    orderBy: [{ evaluatedOn: { sort: "desc", nulls: "last" } }, { model: { slug: "asc" } }, { position: "asc" }],
  });
  const frameworks = await readEvaluationFrameworks(db);
  return { rows: rows.map((row) => toExportRow(row, locale, frameworks)), unknownValues: [] };
}

type PublicEvaluationRow = Prisma.EvaluationGetPayload<{ include: typeof publicEvaluations.include }>;

/** A text of each language that has one, in the order of `locales`. */
function textsOf<T extends { locale: Locale }>(rows: T[], text: (row: T) => string | null): Texts {
  const texts: Texts = {};
  for (const locale of locales) {
    const row = rows.find((r) => r.locale === locale);
    const value = row ? text(row) : null;
    if (value) texts[locale] = value;
  }
  return texts;
}

/** The one mapping of an evaluation to its open-data record; documents through toEvaluationDocument. */
function toEvaluationRecord(evaluation: PublicEvaluationRow, liveTextHash: string | null, frameworks: EvaluationFramework[]): EvaluationRecord {
  const state = stateKey(evaluation.state);
  const { scale } = frameworkOf(frameworks, evaluation);
  return {
    evaluator: evaluation.evaluator?.name ?? null,
    evaluatedOn: day(evaluation.evaluatedOn),
    framework: evaluation.framework,
    frameworkVersion: evaluation.frameworkVersion,
    nextReviewOn: evaluation.noReviewPlanned ? null : day(evaluation.nextReviewOn),
    noReviewPlanned: evaluation.noReviewPlanned,
    state,
    withdrawnAt: state === "withdrawn" ? (evaluation.withdrawnAt?.toISOString() ?? null) : null,
    withdrawalReason: state === "withdrawn" ? textsOf(evaluation.translations, (t) => t.withdrawalReason) : {},
    changedSinceEvaluated: changedSinceEvaluated(evaluation.modelTextHash, liveTextHash),
    summary: textsOf(evaluation.translations, (t) => t.summary),
    dimensions: resultsOf(evaluation.dimensions, scale).map(({ key, result, label }) => ({
      key,
      result,
      label,
      finding: textsOf(evaluation.dimensions.find((d) => d.dimension === dimensionToDb[key])?.translations ?? [], (t) => t.finding),
    })),
    documents: evaluation.documents.map((row) => {
      const document = toEvaluationDocument(row);
      return { ...document, publishedOn: day(document.publishedOn) };
    }),
  };
}

/** A published model's public evaluations, newest first; null when no published model has this slug. */
export async function readModelEvaluations(db: Db, slug: string): Promise<EvaluationRecord[] | null> {
  const model = await db.practiceModel.findFirst({
    where: { ...publishedModel, slug },
    select: { textHash: true, evaluations: publicEvaluations },
  });
  if (!model) return null;
  const frameworks = await readEvaluationFrameworks(db);
  return model.evaluations.map((evaluation) => toEvaluationRecord(evaluation, model.textHash, frameworks));
}
