// A theme article: its text, the models it links to and its reading list.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DocumentBody, DocumentHeader } from "@/components/layout/TextDocument";
import { ModelCardList } from "@/components/models/ModelCard";
import { SearchForm } from "@/components/models/SearchForm";
import { Bibliography } from "@/components/references/Bibliography";
import { CatalogueSearch } from "@/components/search/CatalogueSearch";
import { parseSearchParams, toUrlSearchParams } from "@/domain/search-params";
import { alternatesFor } from "@/i18n/alternates";
import { localeFrom } from "@/i18n/params";
import { searchModels } from "@/queries/search";
import { getThemeArticlePage } from "@/queries/themes";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const { slug } = await params;
  const article = await getThemeArticlePage(locale, slug);
  if (!article) return {};
  return {
    title: article.title,
    description: article.lead,
    alternates: alternatesFor({ pathname: "/themes/[slug]", params: { slug } }, locale),
  };
}

export default async function ThemePage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { slug } = await params;
  const article = await getThemeArticlePage(locale, slug);
  if (!article) notFound();
  const t = await getTranslations("ThemePage");
  // The catalogue search, kept within the article's theme.
  const { search } = parseSearchParams(toUrlSearchParams(await searchParams));
  const scoped = article.themeKey ? { ...search, filters: { ...search.filters, theme: [article.themeKey] } } : null;
  const result = scoped && (await searchModels(locale, scoped));
  const base = { pathname: "/themes/[slug]" as const, params: { slug } };
  return (
    <article className="space-y-8">
      <DocumentHeader textLocale={article.locale} title={article.title} lead={article.lead} />
      <DocumentBody textLocale={article.locale} html={article.html} />
      {article.models.length > 0 && (
        <section aria-labelledby="theme-models">
          <h2 id="theme-models" className="mb-4 text-2xl font-bold">
            {t("models")}
          </h2>
          <ModelCardList models={article.models} />
        </section>
      )}
      {scoped && result && (
        <section aria-labelledby="theme-search" className="space-y-4">
          <h2 id="theme-search" className="text-2xl font-bold">
            {t("searchTitle")}
          </h2>
          <SearchForm defaultValue={search.q} base={base} />
          <CatalogueSearch base={base} search={scoped} result={result} fixed="theme" title={t("searchResults", { count: result.total })} />
        </section>
      )}
      {article.references.length > 0 && (
        <section aria-labelledby="theme-reading">
          <h2 id="theme-reading" className="mb-4 text-2xl font-bold">
            {t("readingList")}
          </h2>
          <Bibliography references={article.references} />
        </section>
      )}
    </article>
  );
}
