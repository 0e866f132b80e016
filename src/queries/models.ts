// Model cards and full model pages in the reader's language, with the Finnish text as the
// fallback when a translation is missing.
import "server-only";
import { z } from "zod";
import type { Db } from "@/db/client";
import { queryRows } from "@/db/raw";
import { dimensionToDb, sectionToDb } from "@/db/enums";
import { readEvaluationFrameworks } from "@/db/evaluation-frameworks";
import { scaleOf, type EvaluationFramework } from "@/domain/evaluation-frameworks";
import { changedSinceEvaluated } from "@/domain/evaluation-data";
import { locales, pickTranslation, type Locale } from "@/domain/locale";
import { renderMarkdown } from "@/domain/markdown";
import { documentHref, persistentHref } from "@/domain/documents";
import { dimensionKeys, sectionKeys, type EvaluationDocument, type ModelCard, type ModelPage, type Reference } from "@/domain/model";
import { TaxonomyKind, type EvaluationState, type ParticipationDimension, type SectionKind } from "@/generated/prisma/enums";
import { Prisma, type EvaluationDocument as DocumentRow } from "@/generated/prisma/client";
import { bibliographyInclude } from "./bibliography";
import { termInclude, termsOfKind, toTerm, type TermRow } from "./terms";

const cardInclude = {
  translations: { select: { locale: true, name: true, shortDescription: true } },
  terms: { include: { term: { include: termInclude } } },
  developmentStage: { include: termInclude },
  _count: { select: { evaluations: { where: { state: "PUBLISHED" } } } },
} satisfies Prisma.PracticeModelInclude;

/** What a card is made of: the rows of cardInclude, or the same built from a draft. */
type CardSource = Pick<CardRow, "slug" | "isBrief" | "evaluatedElsewhere" | "_count" | "sourceLocale"> & {
  translations: { locale: Locale; name: string; shortDescription: string }[];
  terms: { term: TermRow }[];
  developmentStage: TermRow | null;
};
type CardRow = Prisma.PracticeModelGetPayload<{ include: typeof cardInclude }>;

const published = { state: "PUBLISHED" } satisfies Prisma.PracticeModelWhereInput;

function toCard(row: CardSource, locale: Locale): ModelCard {
  const text = pickTranslation(row.translations, locale, row.sourceLocale);
  const terms = row.terms.map((t) => t.term);
  return {
    slug: row.slug,
    locale: text?.locale ?? locale,
    name: text?.name ?? row.slug,
    shortDescription: text?.shortDescription ?? "",
    isBrief: row.isBrief,
    regions: termsOfKind(terms, "REGION", locale),
    developmentStage: row.developmentStage ? toTerm(row.developmentStage, locale) : null,
    themes: termsOfKind(terms, "THEME", locale),
    hasEvaluation: row._count.evaluations > 0,
    evaluatedElsewhere: row.evaluatedElsewhere,
    availableLocales: row.translations.map((t) => t.locale),
  };
}

const termJson = Prisma.sql`json_build_object('key', tt.key, 'kind', tt.kind, 'position', tt.position,
  'labels', (SELECT coalesce(json_agg(json_build_object('locale', l.locale, 'label', l.label)), '[]') FROM "TaxonomyLabel" l WHERE l."termId" = tt.id))`;

const termRow = z.object({ key: z.string(), kind: z.enum(TaxonomyKind), position: z.number().int(), labels: z.array(z.object({ locale: z.enum(locales), label: z.string() })) });

const cardRow = z.object({
  slug: z.string(),
  isBrief: z.boolean(),
  evaluatedElsewhere: z.boolean(),
  sourceLocale: z.enum(locales),
  evaluations: z.number().int(),
  translations: z.array(z.object({ locale: z.enum(locales), name: z.string(), shortDescription: z.string() })),
  terms: z.array(termRow),
  developmentStage: termRow.nullable(),
});

/**
 * Published models, the most recently updated first: one statement with each card's parts as
 * JSON (a search shows twenty at a time; Prisma's include took a query per relation, three
 * times as long). Only the terms a card shows are read: themes and regions.
 */
export async function readModelCards(
  db: Db,
  locale: Locale,
  options: { take?: number; slugs?: string[]; ids?: string[] } = {},
): Promise<ModelCard[]> {
  const rows = await queryRows(
    db,
    Prisma.sql`
      SELECT pm.slug, pm."isBrief", pm."evaluatedElsewhere", pm."sourceLocale",
        (SELECT count(*)::int FROM "Evaluation" e WHERE e."modelId" = pm.id AND e.state = 'PUBLISHED') AS evaluations,
        (SELECT coalesce(json_agg(json_build_object('locale', t.locale, 'name', t.name, 'shortDescription', t."shortDescription") ORDER BY t.locale), '[]')
          FROM "ModelTranslation" t WHERE t."modelId" = pm.id) AS translations,
        (SELECT coalesce(json_agg(${termJson}), '[]') FROM "ModelTerm" mt JOIN "TaxonomyTerm" tt ON tt.id = mt."termId"
          WHERE mt."modelId" = pm.id AND tt.kind IN ('THEME', 'REGION')) AS terms,
        (SELECT ${termJson} FROM "TaxonomyTerm" tt WHERE tt.id = pm."developmentStageId") AS "developmentStage"
      FROM "PracticeModel" pm
      WHERE pm.state = 'PUBLISHED'
        ${options.slugs ? Prisma.sql`AND pm.slug = ANY(${options.slugs}::text[])` : Prisma.empty}
        ${options.ids ? Prisma.sql`AND pm.id = ANY(${options.ids}::uuid[])` : Prisma.empty}
      ORDER BY pm."updatedAt" DESC, pm.slug
      ${options.take === undefined ? Prisma.empty : Prisma.sql`LIMIT ${options.take}`}`,
    cardRow,
  );
  return rows.map((row) => toCard({ ...row, _count: { evaluations: row.evaluations }, terms: row.terms.map((term) => ({ term })) }, locale));
}

/** The evaluations a model page shows: published ones, and withdrawn ones with the reason. */
export const publicEvaluations = {
  where: { state: { in: ["PUBLISHED", "WITHDRAWN"] } },
  orderBy: [{ evaluatedOn: "desc" }, { position: "asc" }],
  include: {
    evaluator: true,
    translations: true,
    dimensions: { include: { translations: true } },
    documents: { orderBy: { position: "asc" }, include: { file: { select: { sizeBytes: true, pageCount: true, tagged: true } } } },
  },
} satisfies Prisma.PracticeModel$evaluationsArgs;

const pageInclude = {
  ...cardInclude,
  translations: { include: { sections: true } },
  developers: { include: { organisation: true }, orderBy: { position: "asc" } },
  adoptions: { orderBy: { position: "asc" }, include: { wellbeingServicesCounty: { include: termInclude } } },
  collection: { include: { translations: true } },
  references: bibliographyInclude,
  themeArticles: {
    where: { article: { state: "PUBLISHED" } },
    select: { article: { select: { slug: true, translations: { select: { locale: true, title: true } } } } },
  },
  evaluations: publicEvaluations,
} satisfies Prisma.PracticeModelInclude;

type PageRow = Prisma.PracticeModelGetPayload<{ include: typeof pageInclude }>;
/** An evaluation document's row with what was read from its uploaded file, if it is one. */
type DocumentSource = DocumentRow & { file: { sizeBytes: number; pageCount: number; tagged: boolean } | null };
type Localized<T> = T & { locale: Locale };

/**
 * What a full page is made of: the rows of pageInclude, or the same built in memory from a
 * draft (src/editorial/preview.ts), so that a preview is the public page itself.
 */
export type PageSource = CardSource &
  Pick<PageRow, "coverImageUrl" | "sourceUrl" | "createdOn" | "lastModifiedOn"> & {
    translations: Localized<{
      name: string;
      shortDescription: string;
      implementationSite: string | null;
      coverImageAlt: string | null;
      sections: { kind: SectionKind; body: string }[];
    }>[];
    developers: { organisation: { name: string } }[];
    adoptions: { organisation: string; municipality: string | null; wellbeingServicesCounty: TermRow | null; since: number | null }[];
    collection: { slug: string; translations: Localized<{ name: string }>[] } | null;
    references: Reference[];
    themeArticles: { article: { slug: string; translations: Localized<{ title: string }>[] } }[];
    /** The live source text's hash, to tell whether an evaluation still describes it. */
    textHash: string | null;
    evaluations: {
      evaluator: { name: string } | null;
      evaluatedOn: Date | null;
      framework: string;
      frameworkVersion: string | null;
      nextReviewOn: Date | null;
      noReviewPlanned: boolean;
      state: EvaluationState;
      withdrawnAt: Date | null;
      modelTextHash: string | null;
      translations: Localized<{ summary: string; withdrawalReason: string | null }>[];
      dimensions: { dimension: ParticipationDimension; result: string; translations: Localized<{ finding: string }>[] }[];
      documents: DocumentSource[];
    }[];
  };

function toEvaluations(row: PageSource, locale: Locale, frameworks: EvaluationFramework[]): ModelPage["evaluations"] {
  return row.evaluations.map((evaluation) => {
    const framework = frameworks.find((f) => f.key === evaluation.framework);
    const scale = scaleOf(frameworks, evaluation.framework, evaluation.frameworkVersion ?? undefined);
    const summary = pickTranslation(evaluation.translations, locale, row.sourceLocale);
    const reason = pickTranslation(evaluation.translations.filter((t) => t.withdrawalReason), locale, row.sourceLocale);
    return {
      evaluator: evaluation.evaluator?.name ?? null,
      evaluatedOn: evaluation.evaluatedOn,
      framework: { name: framework?.[locale] ?? evaluation.framework, version: evaluation.frameworkVersion },
      nextReviewOn: evaluation.noReviewPlanned ? null : evaluation.nextReviewOn,
      noReviewPlanned: evaluation.noReviewPlanned,
      changedSinceEvaluated: changedSinceEvaluated(evaluation.modelTextHash, row.textHash),
      withdrawn:
        evaluation.state === "WITHDRAWN"
          ? { on: evaluation.withdrawnAt, reason: reason?.withdrawalReason ? { locale: reason.locale, text: reason.withdrawalReason } : null }
          : null,
      summary: summary ? { locale: summary.locale, text: summary.summary } : null,
      dimensions: dimensionKeys.map((key) => {
        const dimension = evaluation.dimensions.find((d) => d.dimension === dimensionToDb[key]);
        const finding = dimension && pickTranslation(dimension.translations, locale, row.sourceLocale);
        // A dimension without a row of its own has the scale's default.
        const result = scale?.find((r) => (dimension ? r.key === dimension.result : r.default));
        return {
          key,
          result: result?.[locale] ?? dimension?.result ?? "",
          strengthened: result?.strengthens ?? false,
          finding: finding ? { locale: finding.locale, html: renderMarkdown(finding.finding) } : null,
        };
      }),
      documents: evaluation.documents.map(toEvaluationDocument),
    };
  });
}

/** What readers get of an evaluation document, on the page and in the open data: add a field here. */
export function toEvaluationDocument(row: DocumentSource): EvaluationDocument {
  return {
    title: row.title,
    language: row.language,
    publishedOn: row.publishedOn,
    sizeBytes: row.sizeBytes ?? row.file?.sizeBytes ?? null,
    href: documentHref(row),
    persistent: row.persistentId ? { id: row.persistentId, href: persistentHref(row.persistentId) } : null,
    pageCount: row.file?.pageCount ?? null,
    tagged: row.file?.tagged ?? null,
    supersededOn: row.supersededOn,
  };
}

/** A published model's full page, or null when there is none with this slug. */
export async function readModelPage(db: Db, locale: Locale, slug: string): Promise<ModelPage | null> {
  const row = await db.practiceModel.findFirst({
    where: { ...published, slug },
    include: { ...pageInclude, changeNotes: { where: { locale }, orderBy: { publishedAt: "desc" }, select: { publishedAt: true, note: true } } },
  });
  if (!row) return null;
  return { ...toModelPage(row, locale, await readEvaluationFrameworks(db)), changeNotes: row.changeNotes };
}

/** The page of a model from its rows (live, or a draft's made in memory); without change notes. */
export function toModelPage(row: PageSource, locale: Locale, frameworks: EvaluationFramework[]): ModelPage {
  const card = toCard(row, locale);
  const text = pickTranslation(row.translations, locale, row.sourceLocale);
  const terms = row.terms.map((t) => t.term);
  const collectionText = row.collection && pickTranslation(row.collection.translations, locale);
  return {
    ...card,
    implementationSite: text?.implementationSite ?? null,
    coverImageUrl: row.coverImageUrl,
    coverImageAlt: text?.coverImageAlt ?? null,
    sourceUrl: row.sourceUrl,
    createdOn: row.createdOn,
    lastModifiedOn: row.lastModifiedOn,
    targetGroups: termsOfKind(terms, "TARGET_GROUP", locale),
    wellbeingServicesCounties: termsOfKind(terms, "WELLBEING_SERVICES_COUNTY", locale),
    funders: termsOfKind(terms, "FUNDER", locale),
    developers: row.developers.map((d) => d.organisation.name),
    inUse: row.adoptions.map((a) => ({
      organisation: a.organisation,
      municipality: a.municipality,
      wellbeingServicesCounty: a.wellbeingServicesCounty && toTerm(a.wellbeingServicesCounty, locale),
      since: a.since,
    })),
    collection: row.collection && collectionText ? { slug: row.collection.slug, name: collectionText.name } : null,
    sections: sectionKeys.map((key) => {
      const section = text?.sections.find((s) => s.kind === sectionToDb[key]);
      return { key, html: section ? renderMarkdown(section.body) : null };
    }),
    themeArticles: row.themeArticles.flatMap(({ article }) => {
      const title = pickTranslation(article.translations, locale);
      return title ? [{ slug: article.slug, locale: title.locale, title: title.title }] : [];
    }),
    evaluations: toEvaluations(row, locale, frameworks),
    references: row.references,
    changeNotes: [],
  };
}
