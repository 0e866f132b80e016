// Converts between the app's kebab-case keys (content files, URLs) and the database enums:
// the maps turn a key into its enum, keyFromDb reads one of them backwards.
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

/** The key that `map` stores as `value`: a map above read backwards. */
export function keyFromDb<K extends string, V extends string>(map: Record<K, V>, value: V): K {
  for (const key in map) if (map[key] === value) return key;
  throw new Error(`no key is stored as ${value}`);
}
