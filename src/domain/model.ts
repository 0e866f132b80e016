// App types of the catalogue, independent of the database and the content files.
import type { Locale } from "./locale";

/** The parts of a model description, in page order. */
export const sectionKeys = ["basic-idea", "operating-environment", "target-group", "conditions", "tips"] as const;
export type SectionKey = (typeof sectionKeys)[number];

/** A model's text fields in one language, by the names the form and the discussion use: "name", "sections.tips"… */
export const textFieldKeys = ["name", "shortDescription", "implementationSite", ...sectionKeys.map((key) => `sections.${key}` as const)] as const;
export type TextFieldKey = (typeof textFieldKeys)[number];

/** THL's three dimensions of participation, in their customary order. */
export const dimensionKeys = ["own-life", "communities-and-influencing", "common-good"] as const;
export type DimensionKey = (typeof dimensionKeys)[number];

export const taxonomyKinds = [
  "themes",
  "target-groups",
  "regions",
  "wellbeing-services-counties",
  "funders",
  "development-stages",
] as const;
export type TaxonomyKindKey = (typeof taxonomyKinds)[number];

/** Site pages (about, accessibility statement, evaluation framework, privacy notice), by fixed key. */
export const sitePageKeys = ["about", "accessibility", "framework", "privacy"] as const;
export type SitePageKey = (typeof sitePageKeys)[number];

export const publicationStates = ["draft", "in-review", "published", "archived"] as const;
export type PublicationStateKey = (typeof publicationStates)[number];

export type Term = { key: string; label: string };

/** Text that may be shown in another language than the page's, when a translation is missing. */
export type Localized<T> = T & { locale: Locale };

export type Reference = {
  authors: string | null;
  year: number | null;
  title: string;
  publisher: string | null;
  url: string | null;
};

/** An organisation that has taken a model into use: where, and since which year. */
export type Adoption = {
  organisation: string;
  municipality: string | null;
  wellbeingServicesCounty: Term | null;
  since: number | null;
};

export type ModelCard = Localized<{
  slug: string;
  name: string;
  shortDescription: string;
  isBrief: boolean;
  regions: Term[];
  developmentStage: Term | null;
  themes: Term[];
  hasEvaluation: boolean;
  /** Evaluated outside this catalogue's collections; sourceUrl tells where. */
  evaluatedElsewhere: boolean;
  availableLocales: Locale[];
}>;

export type EvaluationDocument = {
  title: string;
  language: Locale;
  publishedOn: Date | null;
  sizeBytes: number | null;
  /** Where to read it: the link, or the uploaded file's address on this site; at its page. */
  href: string;
  /** The persistent identifier (URN, DOI, ISBN) and the address it resolves at, if any. */
  persistent: { id: string; href: string | null } | null;
  /** Of an uploaded file: its pages and whether it is tagged for assistive technology. */
  pageCount: number | null;
  tagged: boolean | null;
  /** The day a newer report replaced it, if one did: still listed, marked. */
  supersededOn: Date | null;
};

export type Evaluation = {
  evaluator: string | null;
  evaluatedOn: Date | null;
  /** The framework's name in the reader's language, and its version as its publisher names it. */
  framework: { name: string; version: string | null };
  /** The planned re-review, if any. */
  nextReviewOn: Date | null;
  /** A fixed-term evaluation project: no re-review is planned. */
  noReviewPlanned: boolean;
  /** The model's description has changed since the evaluation was published. */
  changedSinceEvaluated: boolean;
  /** A withdrawn evaluation: when, and why (in the reader's language or the source's). */
  withdrawn: { on: Date | null; reason: Localized<{ text: string }> | null } | null;
  /** null when the summary is missing in every language. */
  summary: Localized<{ text: string }> | null;
  /** `result`: the label of its result on the framework's scale; `strengthened`: the result counts as strengthening. */
  dimensions: { key: DimensionKey; result: string; strengthened: boolean; finding: Localized<{ html: string }> | null }[];
  documents: EvaluationDocument[];
};

export type ModelPage = ModelCard & {
  implementationSite: string | null;
  coverImageUrl: string | null;
  coverImageAlt: string | null;
  sourceUrl: string | null;
  createdOn: Date | null;
  lastModifiedOn: Date | null;
  targetGroups: Term[];
  wellbeingServicesCounties: Term[];
  funders: Term[];
  developers: string[];
  inUse: Adoption[];
  collection: { slug: string; name: string } | null;
  sections: { key: SectionKey; html: string | null }[];
  themeArticles: Localized<{ slug: string; title: string }>[];
  evaluations: Evaluation[];
  references: Reference[];
  /** The publishers' notes on what changed, in the page's language, newest first. */
  changeNotes: { publishedAt: Date; note: string }[];
};
