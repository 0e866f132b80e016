// The catalogue: search, filters with counts, sorting and paging, all in the URL, so every
// state can be shared and the page works without JavaScript.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { alternatesFor } from "@/i18n/metadata";
import { localeFrom } from "@/i18n/params";
import type { PageSearchParams } from "../_components/record-page";
import { SearchSection } from "../_components/SearchSection";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: PageSearchParams;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: "ModelsPage" });
  return { title: t("title"), alternates: await alternatesFor("/models", locale) };
}

export default async function ModelsPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const t = await getTranslations("ModelsPage");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      <SearchSection locale={locale} base={{ pathname: "/models" }} searchParams={searchParams} />
    </div>
  );
}
