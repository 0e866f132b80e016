// A model's document (src/content/document.ts) rebuilt from its live rows: what
// `npm run content:export` writes as files, and what an editor will start from. It holds
// exactly what the store wrote from a document, in the order the document had, except that
// taxonomy keys come in the taxonomy's order (ModelTerm keeps no order of its own).
// No "server-only": the export script reads through it.
import type { ModelDocument, ModelFactsDocument, ModelTextDocument } from "@/content/document";
import type { Db } from "@/db/client";
import { dimensionToDb, keyFromDb, sectionToDb, stateToDb, taxonomyKindToDb } from "@/db/enums";
import type { Locale } from "@/domain/locale";
import { dimensionKeys, sectionKeys, type DimensionKey, type TaxonomyKindKey } from "@/domain/model";
import type { Prisma } from "@/generated/prisma/client";
import { bibliographyInclude } from "./bibliography";

const documentInclude = {
  developmentStage: { select: { key: true } },
  collection: { select: { slug: true } },
  terms: { select: { term: { select: { kind: true, key: true, position: true } } } },
  developers: { orderBy: { position: "asc" }, select: { organisation: { select: { key: true } } } },
  adoptions: { orderBy: { position: "asc" }, include: { wellbeingServicesCounty: { select: { key: true } } } },
  references: bibliographyInclude,
  translations: { include: { sections: true } },
  evaluations: {
    orderBy: { position: "asc" },
    include: {
      evaluator: { select: { key: true } },
      translations: true,
      dimensions: { include: { translations: true } },
      documents: { orderBy: { position: "asc" } },
    },
  },
} satisfies Prisma.PracticeModelInclude;

type Row = Prisma.PracticeModelGetPayload<{ include: typeof documentInclude }>;
type EvaluationRow = Row["evaluations"][number];

/** A column left empty is a field left out of the document. */
const absent = <T>(value: T | null): T | undefined => value ?? undefined;
const day = (date: Date | null) => date?.toISOString().slice(0, 10);
const dimensionOf = (evaluation: EvaluationRow, key: DimensionKey) => evaluation.dimensions.find((d) => d.dimension === dimensionToDb[key]);

function toFacts(row: Row): ModelFactsDocument {
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
    evaluations: row.evaluations.map((e) => ({
      evaluator: e.evaluator?.key,
      evaluatedOn: day(e.evaluatedOn),
      nextReviewOn: day(e.nextReviewOn),
      strengthens: dimensionKeys.filter((key) => dimensionOf(e, key)?.result === "STRENGTHENED"),
      documents: e.documents.map((d) => ({
        title: d.title,
        language: d.language,
        publishedOn: day(d.publishedOn),
        sizeBytes: absent(d.sizeBytes),
        // Only a document in file storage has no address, and content files cannot name one:
        // an empty url makes content:check point at it.
        url: d.url ?? "",
      })),
    })),
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
    // The store writes a summary in every language the model has; were one missing, the empty
    // one would make content:check point at it.
    evaluations: row.evaluations.map((e) => ({
      summary: inLocale(e.translations)?.summary ?? "",
      findings: Object.fromEntries(
        dimensionKeys.flatMap((key) => {
          const finding = inLocale(dimensionOf(e, key)?.translations ?? [])?.finding;
          return finding ? [[key, finding]] : [];
        }),
      ),
    })),
    sections: Object.fromEntries(
      sectionKeys.flatMap((key) => {
        const section = translation.sections.find((s) => s.kind === sectionToDb[key]);
        return section ? [[key, section.body]] : [];
      }),
    ),
  };
}

function toDocument(row: Row): ModelDocument {
  return {
    slug: row.slug,
    facts: toFacts(row),
    texts: Object.fromEntries(row.translations.map((t) => [t.locale, toText(row, t)])),
  };
}

/** The document of the model with `slug`, in whatever state it is; null when there is none. */
export async function readLiveDocument(db: Db | Prisma.TransactionClient, slug: string): Promise<ModelDocument | null> {
  const row = await db.practiceModel.findUnique({ where: { slug }, include: documentInclude });
  return row && toDocument(row);
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
  return rows.map(toDocument);
}
