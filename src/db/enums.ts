// Converts between the app's kebab-case keys (content files, URLs) and the database enums.
import type { DimensionKey, PublicationStateKey, SectionKey, TaxonomyKindKey } from "@/domain/model";
import type { FilterKey } from "@/domain/search-params";
import type {
  ParticipationDimension,
  PublicationState,
  SectionKind,
  TaxonomyKind,
} from "@/generated/prisma/enums";

export const taxonomyKindToDb: Record<TaxonomyKindKey, TaxonomyKind> = {
  themes: "THEME",
  "target-groups": "TARGET_GROUP",
  regions: "REGION",
  "wellbeing-services-counties": "WELLBEING_SERVICES_COUNTY",
  funders: "FUNDER",
  "development-stages": "DEVELOPMENT_STAGE",
};

export const sectionToDb: Record<SectionKey, SectionKind> = {
  "basic-idea": "BASIC_IDEA",
  "operating-environment": "OPERATING_ENVIRONMENT",
  "target-group": "TARGET_GROUP",
  conditions: "CONDITIONS",
  tips: "TIPS",
};

export const dimensionToDb: Record<DimensionKey, ParticipationDimension> = {
  "own-life": "OWN_LIFE",
  "communities-and-influencing": "COMMUNITIES_AND_INFLUENCING",
  "common-good": "COMMON_GOOD",
};

/** The search filter each taxonomy kind is filtered by (regions are shown, not filtered). */
export const facetOfTaxonomyKind: Partial<Record<TaxonomyKind, FilterKey>> = {
  THEME: "theme",
  TARGET_GROUP: "group",
  WELLBEING_SERVICES_COUNTY: "county",
  FUNDER: "funder",
  DEVELOPMENT_STAGE: "stage",
};

export const stateToDb: Record<PublicationStateKey, PublicationState> = {
  draft: "DRAFT",
  "in-review": "IN_REVIEW",
  published: "PUBLISHED",
  archived: "ARCHIVED",
};

