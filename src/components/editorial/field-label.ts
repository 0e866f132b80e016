// The name of a changed field, as editors know it from the model page: sections, dimensions
// and the basic facts from the ModelPage messages; what the page does not name, from RevisionDiff.
import { useTranslations } from "next-intl";
import type { FieldChange } from "@/editorial/diff";

const namedOnModelPage = [
  "name",
  "shortDescription",
  "implementationSite",
  "regions",
  "wellbeingServicesCounties",
  "funders",
  "collection",
  "developers",
  "themes",
  "targetGroups",
  "developmentStage",
  "createdOn",
  "lastModifiedOn",
] as const;

const isNamedOnModelPage = (key: string): key is (typeof namedOnModelPage)[number] =>
  (namedOnModelPage as readonly string[]).includes(key);

export function useFieldLabel(): (change: FieldChange) => string {
  const t = useTranslations("RevisionDiff");
  const page = useTranslations("ModelPage");
  const evaluation = (index: number, field: string) => t("evaluationField", { number: index + 1, field });
  return ({ field }) => {
    switch (field.key) {
      case "section":
        return page(`sections.${field.section}`);
      case "evaluationSummary":
        return evaluation(field.index, t("fields.summary"));
      case "evaluationFinding":
        return evaluation(field.index, page(`evaluation.dimensions.${field.dimension}`));
      case "evaluation":
        return evaluation(field.index, t(`fields.${field.fact}`));
      case "adoption":
        return t("adoption", { number: field.index + 1 });
      case "reference":
        return t("reference", { number: field.index + 1 });
      default:
        return isNamedOnModelPage(field.key) ? page(`basics.${field.key}`) : t(`fields.${field.key}`);
    }
  };
}
