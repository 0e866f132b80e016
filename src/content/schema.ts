// zod schemas of the content files (content/README.md). The editor form will validate
// with the same schemas, so they describe a document, not a file.
import { z } from "zod";
import { dimensionKeys, publicationStates, sectionKeys } from "@/domain/model";
import { locales } from "@/domain/locale";

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case letters a–z, digits and single hyphens");

const text = z.string().trim().min(1, "must not be empty");
const isoDate = z.iso.date().transform((value) => new Date(`${value}T00:00:00Z`));
/** YAML turns an unquoted 2021-01-11 into a Date; accept both and keep the day. */
const date = z.union([
  z.date().transform((value) => value.toISOString().slice(0, 10)).pipe(isoDate),
  isoDate,
]);
const url = z.url({ protocol: /^https?$/ });
/** A site-relative path (under public/) or an http(s) address. */
const imagePath = z.union([z.string().regex(/^\/[\w./-]+$/), url]);
const keys = z.array(slugSchema).default([]);

export const taxonomyFileSchema = z.array(
  z.strictObject({ key: slugSchema, fi: text, sv: text, en: text }),
);

export const organisationsFileSchema = z.array(
  z.strictObject({ key: slugSchema, name: text, website: url.optional() }),
);

export const referenceSchema = z.strictObject({
  authors: text.optional(),
  year: z.number().int().min(1800).max(2100).optional(),
  title: text,
  publisher: text.optional(),
  url: url.optional(),
});

const state = z.enum(publicationStates).default("draft");

/** An organisation that has taken the model into use: often not one of organisations.yaml, so named as text. */
export const adoptionSchema = z.strictObject({
  organisation: text,
  municipality: text.optional(),
  /** A key of taxonomy/wellbeing-services-counties.yaml. */
  wellbeingServicesCounty: slugSchema.optional(),
  /** The year it was taken into use. */
  since: z.number().int().min(1950).max(2100).optional(),
});

/** A persistent identifier of a publication: a URN (urn:nbn:fi:…), a DOI (10.…/…) or an ISBN. */
export const persistentIdSchema = z
  .string()
  .trim()
  .regex(/^(?:urn:[a-z0-9][a-z0-9-]{0,31}:[^\s]+|10\.\d{4,9}\/[^\s]+|(?:ISBN[ -]?)?(?:97[89][- ]?)?\d[\d -]{7,15}[\dX])$/i, "persistentId");

/** What every evaluation document has, wherever its bytes are. */
const documentShape = {
  title: text,
  language: z.enum(locales),
  publishedOn: date.optional(),
  sizeBytes: z.number().int().positive().optional(),
  /** A link: documents are linked over https only. */
  url: z.url({ protocol: /^https$/ }).optional(),
};
const documentShapeEnd = {
  /** The page of the report this evaluation is on. */
  page: z.number().int().min(1).max(100_000).optional(),
  persistentId: persistentIdSchema.optional(),
  /** The day a newer report replaced it: still listed, marked as superseded. */
  superseded: date.optional(),
};

/**
 * A document as the database and the working area keep it: a link, or an uploaded file by its
 * SHA-256 checksum (the key of its StoredFile).
 */
export const evaluationDocumentSchema = z
  .strictObject({
    ...documentShape,
    /** An uploaded file (in the working area), by its SHA-256 checksum. */
    checksum: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    ...documentShapeEnd,
  })
  .refine((d) => (d.url === undefined) !== (d.checksum === undefined), { path: ["url"], message: "urlOrFile" });

/** The one folder a model folder may have: its evaluation documents' PDFs. */
export const documentsFolder = "documents";

/** A PDF beside a model's index.yaml, relative to its folder: documents/<name>.pdf. */
export const contentFilePathSchema = z
  .string()
  .regex(/^documents\/[a-z0-9._-]+\.pdf$/, {
    message: "documents/<name>.pdf, the name in lower-case letters a–z, digits, hyphens, dots and underscores",
    abort: true,
  })
  .refine((path) => !path.includes(".."), "must not contain ..");

/**
 * A document as a content file writes it: a link, or a file in the model folder's documents/.
 * The seed turns a file into the checksum the database keeps, and takes its size from the file.
 */
export const evaluationDocumentFileSchema = z
  .strictObject({
    ...documentShape,
    file: contentFilePathSchema.optional(),
    ...documentShapeEnd,
  })
  .refine((d) => (d.url === undefined) !== (d.file === undefined), { path: ["url"], message: "give either url or file" })
  .refine((d) => d.file === undefined || d.sizeBytes === undefined, {
    path: ["sizeBytes"],
    message: "leave it out with a file: the file's own size is used",
  });

function evaluationFacts<D extends z.ZodType>(document: D) {
  return z
    .strictObject({
      evaluator: slugSchema.optional(),
      evaluatedOn: date.optional(),
      /** A framework of evaluation-frameworks.yaml; absent: THL's participation framework. */
      framework: slugSchema.optional(),
      /** The framework's version, as its publisher names it ("2021"). */
      frameworkVersion: text.optional(),
      nextReviewOn: date.optional(),
      /** A fixed-term evaluation project: no re-review is planned. */
      noReviewPlanned: z.boolean().optional(),
      /**
       * The day it was withdrawn: the page keeps it and says when and why (each language's
       * withdrawalReason); it gives no filter values.
       */
      withdrawn: date.optional(),
      /** Shorthand: these dimensions' result is "strengthened". */
      strengthens: z.array(z.enum(dimensionKeys)).default([]),
      /** Each other dimension's result, a key of the framework version's scale; the rest get its default. */
      results: z.partialRecord(z.enum(dimensionKeys), slugSchema).optional(),
      documents: z.array(document).default([]),
    })
    .refine((e) => !(e.noReviewPlanned && e.nextReviewOn), { path: ["nextReviewOn"], message: "reviewDateWithNoReview" });
}

/** An evaluation as the database and the working area keep it (documents by url or checksum). */
export const evaluationFactsSchema = evaluationFacts(evaluationDocumentSchema);
/** An evaluation as index.yaml writes it (documents by url or file). */
export const evaluationFileFactsSchema = evaluationFacts(evaluationDocumentFileSchema);

/** The languages a model may be written in first; the others translate it. */
export const sourceLanguages = ["fi", "sv"] as const;

function modelFacts<E extends z.ZodType>(evaluation: E) {
  return z.strictObject({
    state,
    /** Swedish-speaking organisations write in Swedish first. */
    sourceLanguage: z.enum(sourceLanguages).default("fi"),
    brief: z.boolean().default(false),
    createdOn: date.optional(),
    lastModifiedOn: date.optional(),
    developmentStage: slugSchema.optional(),
    collection: slugSchema.optional(),
    sourceUrl: url.optional(),
    /** Evaluated outside this catalogue's collections; sourceUrl says where to read more. */
    evaluatedElsewhere: z.boolean().default(false),
    coverImage: imagePath.optional(),
    themes: keys,
    targetGroups: keys,
    regions: keys,
    wellbeingServicesCounties: keys,
    funders: keys,
    developers: keys,
    /** Where the model is in use, in display order. */
    inUse: z.array(adoptionSchema).default([]),
    references: z.array(referenceSchema).default([]),
    evaluations: z.array(evaluation).default([]),
  });
}

/** A model's facts as the database and the editor keep them. */
export const modelFactsSchema = modelFacts(evaluationFactsSchema);
/** A model's facts as its index.yaml writes them: the loader resolves its files (model-folders.ts). */
export const modelFileFactsSchema = modelFacts(evaluationFileFactsSchema);

export const evaluationTextSchema = z.strictObject({
  summary: text,
  findings: z.partialRecord(z.enum(dimensionKeys), text).default({}),
  /** Why a withdrawn evaluation was withdrawn, for readers. */
  withdrawalReason: text.optional(),
});

export const modelTextSchema = z.strictObject({
  name: text,
  shortDescription: text,
  implementationSite: text.optional(),
  coverImageAlt: text.optional(),
  evaluations: z.array(evaluationTextSchema).default([]),
});

export const collectionFactsSchema = z.strictObject({ state });
export const collectionTextSchema = z.strictObject({ name: text, summary: text });

export const themeArticleFactsSchema = z.strictObject({
  state,
  theme: slugSchema.optional(),
  models: keys,
  references: z.array(referenceSchema).default([]),
});
export const themeArticleTextSchema = z.strictObject({ title: text, lead: text });

export const sectionKeySchema = z.enum(sectionKeys);

export const sitePageFactsSchema = z.strictObject({ state });
export const sitePageTextSchema = z.strictObject({
  title: text,
  lead: text,
  /** Named parts of a page, Markdown each: the framework page has one per dimension. */
  sections: z.record(slugSchema, text).default({}),
});

export type ModelFacts = z.infer<typeof modelFactsSchema>;
export type ModelFileFacts = z.infer<typeof modelFileFactsSchema>;
export type ModelText = z.infer<typeof modelTextSchema>;
export type ReferenceInput = z.infer<typeof referenceSchema>;
export type AdoptionInput = z.infer<typeof adoptionSchema>;
export type TaxonomyEntry = z.infer<typeof taxonomyFileSchema>[number];
export type OrganisationEntry = z.infer<typeof organisationsFileSchema>[number];
