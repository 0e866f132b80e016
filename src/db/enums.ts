// Converts between the app's kebab-case keys (content files, URLs) and the database enums.
import type { DimensionKey, PublicationStateKey, SectionKey, TaxonomyKindKey } from "@/domain/model";
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

export const stateToDb: Record<PublicationStateKey, PublicationState> = {
  draft: "DRAFT",
  "in-review": "IN_REVIEW",
  published: "PUBLISHED",
  archived: "ARCHIVED",
};
