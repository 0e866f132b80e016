// A model's document (src/content/document.ts) rebuilt from its live rows: what
// `npm run content:export` writes as files, and what an editor will start from. It holds
// exactly what the store wrote from a document, in the order the document had, except that
// taxonomy keys come in the taxonomy's order (ModelTerm keeps no order of its own).
// No "server-only": the export script reads through it.
import type {
  EvaluationDraftDocument,
  EvaluationFactsDocument,
  EvaluationTextDocument,
  ModelDocument,
  ModelFactsDocument,
  ModelTextDocument,
} from "@/content/document";
import type { Db } from "@/db/client";
import { dimensionToDb, keyFromDb, sectionToDb, stateToDb, taxonomyKindToDb } from "@/db/enums";
import { readEvaluationFrameworks } from "@/db/evaluation-frameworks";
import { defaultFramework, resultFacts, scaleOf, type EvaluationFramework } from "@/domain/evaluation-frameworks";
import { locales, type Locale } from "@/domain/locale";
import { dimensionKeys, sectionKeys, type DimensionKey, type TaxonomyKindKey } from "@/domain/model";
import type { Prisma } from "@/generated/prisma/client";
import { bibliographyInclude } from "./bibliography";

const evaluationInclude = {
  evaluator: { select: { key: true } },
  translations: true,
  dimensions: { include: { translations: true } },
  documents: { orderBy: { position: "asc" } },
} satisfies Prisma.EvaluationInclude;

const documentInclude = {
  developmentStage: { select: { key: true } },
  collection: { select: { slug: true } },
  terms: { select: { term: { select: { kind: true, key: true, position: true } } } },
  developers: { orderBy: { position: "asc" }, select: { organisation: { select: { key: true } } } },
  adoptions: { orderBy: { position: "asc" }, include: { wellbeingServicesCounty: { select: { key: true } } } },
  references: bibliographyInclude,
  translations: { include: { sections: true } },
  evaluations: {
    // Drafts are in their revisions; a withdrawn evaluation stays, with when and why.
    where: { state: { in: ["PUBLISHED", "WITHDRAWN"] } },
    orderBy: { position: "asc" },
    include: evaluationInclude,
  },
} satisfies Prisma.PracticeModelInclude;

type Row = Prisma.PracticeModelGetPayload<{ include: typeof documentInclude }>;
type EvaluationRow = Prisma.EvaluationGetPayload<{ include: typeof evaluationInclude }>;

/** A column left empty is a field left out of the document. */
const absent = <T>(value: T | null): T | undefined => value ?? undefined;
const day = (date: Date | null) => date?.toISOString().slice(0, 10);
const dimensionOf = (evaluation: EvaluationRow, key: DimensionKey) => evaluation.dimensions.find((d) => d.dimension === dimensionToDb[key]);

/** An evaluation's facts as index.yaml has them. */
function evaluationFactsOf(e: EvaluationRow, frameworks: EvaluationFramework[]): EvaluationFactsDocument {
  const scale = scaleOf(frameworks, e.framework, e.frameworkVersion ?? undefined);
  const results = Object.fromEntries(e.dimensions.map((d) => [keyFromDb(dimensionToDb, d.dimension), d.result]));
  return {
    evaluator: e.evaluator?.key,
    evaluatedOn: day(e.evaluatedOn),
    framework: e.framework === defaultFramework ? undefined : e.framework,
    frameworkVersion: absent(e.frameworkVersion),
    nextReviewOn: day(e.nextReviewOn),
    noReviewPlanned: e.noReviewPlanned || undefined,
    withdrawn: e.state === "WITHDRAWN" ? day(e.withdrawnAt) : undefined,
    // A framework gone from the catalogue keeps every result as it is.
    ...(scale ? resultFacts(results, scale) : { strengthens: [], results }),
    documents: e.documents.map((d) => ({
      title: d.title,
      language: d.language,
      publishedOn: day(d.publishedOn),
      sizeBytes: absent(d.sizeBytes),
      url: absent(d.url),
      checksum: absent(d.checksum),
      page: absent(d.page),
      persistentId: absent(d.persistentId),
      superseded: day(d.supersededOn),
    })),
  };
}

/** An evaluation's texts in `locale` as a model file's front matter has them; undefined when it has none there. */
function evaluationTextOf(e: EvaluationRow, locale: Locale): EvaluationTextDocument | undefined {
  const translation = e.translations.find((t) => t.locale === locale);
  if (translation === undefined) return undefined;
  const findings = dimensionKeys.flatMap((key) => {
    const finding = dimensionOf(e, key)?.translations.find((t) => t.locale === locale)?.finding;
    return finding ? [[key, finding] as const] : [];
  });
  return {
    summary: translation.summary,
    findings: Object.fromEntries(findings),
    withdrawalReason: e.state === "WITHDRAWN" ? absent(translation.withdrawalReason) : undefined,
  };
}

/**
 * A live evaluation as a draft of it starts: its facts, and its texts in each language it has.
 * A withdrawal is not part of a draft: publishing the draft publishes the evaluation anew.
 */
function evaluationDraftOf(e: EvaluationRow, frameworks: EvaluationFramework[]): EvaluationDraftDocument {
  const texts = locales.flatMap((locale) => {
    const text = evaluationTextOf(e, locale);
    return text ? [[locale, { ...text, withdrawalReason: undefined }] as const] : [];
  });
  return { facts: { ...evaluationFactsOf(e, frameworks), withdrawn: undefined }, texts: Object.fromEntries(texts) };
}

/** The live evaluation `id` as a draft of it starts; null when there is none. */
export async function readLiveEvaluation(db: Db | Prisma.TransactionClient, id: string): Promise<EvaluationDraftDocument | null> {
  const row = await db.evaluation.findUnique({ where: { id }, include: evaluationInclude });
  return row && evaluationDraftOf(row, await readEvaluationFrameworks(db));
}

function toFacts(row: Row, frameworks: EvaluationFramework[]): ModelFactsDocument {
  const terms = row.terms.map((t) => t.term).sort((a, b) => a.position - b.position);
  const keys = (kind: TaxonomyKindKey) => terms.filter((t) => t.kind === taxonomyKindToDb[kind]).map((t) => t.key);
  return {
    state: keyFromDb(stateToDb, row.state),
    sourceLanguage: row.sourceLocale === "sv" ? "sv" : "fi",
    brief: row.isBrief,
    createdOn: day(row.createdOn),
    lastModifiedOn: day(row.lastModifiedOn),
    developmentStage: row.developmentStage?.key,
    collection: row.collection?.slug,
    sourceUrl: absent(row.sourceUrl),
    evaluatedElsewhere: row.evaluatedElsewhere,
    coverImage: absent(row.coverImageUrl),
    themes: keys("themes"),
    targetGroups: keys("target-groups"),
    regions: keys("regions"),
    wellbeingServicesCounties: keys("wellbeing-services-counties"),
    funders: keys("funders"),
    developers: row.developers.map((d) => d.organisation.key),
    inUse: row.adoptions.map((a) => ({
      organisation: a.organisation,
      municipality: absent(a.municipality),
      wellbeingServicesCounty: a.wellbeingServicesCounty?.key,
      since: absent(a.since),
    })),
    references: row.references.map((r) => ({
      authors: absent(r.authors),
      year: absent(r.year),
      title: r.title,
      publisher: absent(r.publisher),
      url: absent(r.url),
    })),
    evaluations: row.evaluations.map((e) => evaluationFactsOf(e, frameworks)),

  };
}

function toText(row: Row, translation: Row["translations"][number]): ModelTextDocument {
  const { locale } = translation;
  const inLocale = <T extends { locale: Locale }>(rows: T[]) => rows.find((r) => r.locale === locale);
  return {
    name: translation.name,
    shortDescription: translation.shortDescription,
    implementationSite: absent(translation.implementationSite),
    coverImageAlt: absent(translation.coverImageAlt),
    // A language in which some evaluation has no summary yet has none at all in the file: the
    // page shows the source language's (as content/README.md says of untranslated evaluations).
    evaluations: row.evaluations.every((e) => inLocale(e.translations)) ? row.evaluations.flatMap((e) => evaluationTextOf(e, locale) ?? []) : [],
    sections: Object.fromEntries(
      sectionKeys.flatMap((key) => {
        const section = translation.sections.find((s) => s.kind === sectionToDb[key]);
        return section ? [[key, section.body]] : [];
      }),
    ),
  };
}

function toDocument(row: Row, frameworks: EvaluationFramework[]): ModelDocument {
  return {
    slug: row.slug,
    facts: toFacts(row, frameworks),
    texts: Object.fromEntries(row.translations.map((t) => [t.locale, toText(row, t)])),
  };
}

/** The document of the model with `slug`, in whatever state it is; null when there is none. */
export async function readLiveDocument(db: Db | Prisma.TransactionClient, slug: string): Promise<ModelDocument | null> {
  const row = await db.practiceModel.findUnique({ where: { slug }, include: documentInclude });
  return row && toDocument(row, await readEvaluationFrameworks(db));
}

/** The documents of the models named by `slugs` (those that exist), or else of every published model; by slug. */
export async function readLiveDocuments(
  db: Db | Prisma.TransactionClient,
  options: { slugs?: string[] } = {},
): Promise<ModelDocument[]> {
  const rows = await db.practiceModel.findMany({
    where: options.slugs ? { slug: { in: options.slugs } } : { state: "PUBLISHED" },
    include: documentInclude,
    orderBy: { slug: "asc" },
  });
  const frameworks = await readEvaluationFrameworks(db);
  return rows.map((row) => toDocument(row, frameworks));
}
