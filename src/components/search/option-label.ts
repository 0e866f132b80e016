// The label of a filter value: records (themes, collections…) carry their own; the fixed
// values (evaluated, dimensions, languages) come from the messages.
import { useTranslations } from "next-intl";
import { dimensionKeys } from "@/domain/model";
import type { FilterKey } from "@/search/params";
import { isLocale } from "@/domain/locale";

export function useOptionLabel() {
  const t = useTranslations("ModelsPage");
  const dimensions = useTranslations("ModelPage.evaluation.dimensions");
  const languages = useTranslations("Languages");
  return (facet: FilterKey, option: { value: string; label: string | null }): string => {
    if (option.label) return option.label;
    if (facet === "evaluated") return t("evaluatedYes");
    const dimension = dimensionKeys.find((d) => d === option.value);
    if (facet === "dimension" && dimension) return dimensions(dimension);
    if (facet === "lang" && isLocale(option.value)) return languages(option.value);
    return option.value;
  };
}
