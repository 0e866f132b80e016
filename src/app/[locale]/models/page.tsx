// The catalogue: every published model as a card, optionally filtered by a text query.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ModelCardList } from "@/components/models/ModelCard";
import { SearchForm } from "@/components/models/SearchForm";
import { parseCatalogueQuery } from "@/domain/catalogue-query";
import { alternatesFor } from "@/i18n/alternates";
import { localeFrom } from "@/i18n/params";
import { listModelCards } from "@/queries/models";

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
  const { q } = parseCatalogueQuery(await searchParams);
  const t = await getTranslations("ModelsPage");
  const models = await listModelCards(locale, { text: q || undefined });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      <SearchForm defaultValue={q} />
      <p role="status">{q ? t("resultCountFor", { count: models.length, query: q }) : t("resultCount", { count: models.length })}</p>
      {models.length > 0 ? <ModelCardList models={models} headingLevel={2} /> : <p>{t("empty")}</p>}
    </div>
  );
}
