// The catalogue: search, filters with counts, sorting and paging, all in the URL, so every
// state can be shared and the page works without JavaScript.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { parseSearchParams, toUrlSearchParams } from "@/domain/search-params";
import { alternatesFor } from "@/i18n/alternates";
import { localeFrom } from "@/i18n/params";
import { searchModels } from "@/queries/search";
import { SearchForm } from "@/components/models/SearchForm";
import { CatalogueSearch } from "@/components/search/CatalogueSearch";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: "ModelsPage" });
  return { title: t("title"), alternates: alternatesFor("/models", locale) };
}

export default async function ModelsPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  // The page is lenient: a bad parameter is dropped, the rest of the search still applies.
  const { search } = parseSearchParams(toUrlSearchParams(await searchParams));
  const t = await getTranslations("ModelsPage");
  const result = await searchModels(locale, search);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      <SearchForm defaultValue={search.q} />
      <CatalogueSearch base={{ pathname: "/models" }} search={search} result={result} />
    </div>
  );
}
