// A collection: what it is and the models in it.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DocumentBody, DocumentHeader } from "@/components/layout/TextDocument";
import { SearchForm } from "@/components/models/SearchForm";
import { CatalogueSearch } from "@/components/search/CatalogueSearch";
import { parseSearchParams, toUrlSearchParams } from "@/domain/search-params";
import { alternatesFor } from "@/i18n/alternates";
import { localeFrom } from "@/i18n/params";
import { getCollectionPage } from "@/queries/collections";
import { searchModels } from "@/queries/search";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const { slug } = await params;
  const collection = await getCollectionPage(locale, slug);
  if (!collection) return {};
  return {
    title: collection.name,
    description: collection.summary,
    alternates: alternatesFor({ pathname: "/collections/[slug]", params: { slug } }, locale),
  };
}

export default async function CollectionPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { slug } = await params;
  const collection = await getCollectionPage(locale, slug);
  if (!collection) notFound();
  const t = await getTranslations("CollectionPage");
  // The catalogue search, kept within this collection.
  const { search } = parseSearchParams(toUrlSearchParams(await searchParams));
  const scoped = { ...search, filters: { ...search.filters, collection: [slug] } };
  const result = await searchModels(locale, scoped);
  const base = { pathname: "/collections/[slug]" as const, params: { slug } };
  return (
    <div className="space-y-8">
      <DocumentHeader textLocale={collection.locale} title={collection.name} lead={collection.summary} />
      <DocumentBody textLocale={collection.locale} html={collection.html} />
      <section aria-label={t("searchLabel")} className="space-y-4">
        <SearchForm defaultValue={search.q} base={base} />
        <CatalogueSearch base={base} search={scoped} result={result} fixed="collection" title={t("models", { count: result.total })} />
      </section>
    </div>
  );
}
