// A theme article: its text, the models it links to, a search within its theme and its
// reading list.
import { getTranslations } from "next-intl/server";
import { catalogue } from "@/catalogue";
import { TextDocument } from "@/components/layout/TextDocument";
import { ModelCardList } from "@/components/models/ModelCard";
import { Bibliography } from "@/components/references/Bibliography";
import { recordRoute, type RecordPageProps } from "../../_components/record-page";
import { SearchSection } from "../../_components/SearchSection";

const route = recordRoute("/themes/[slug]", (locale, slug) => catalogue().getThemeArticlePage(locale, slug), (article) => ({ title: article.title, description: article.lead }));

export const generateMetadata = route.metadata;

export default async function ThemePage({ params, searchParams }: RecordPageProps) {
  const { locale, slug, record: article } = await route.load(params);
  const t = await getTranslations("ThemePage");
  return (
    <article className="space-y-8">
      <TextDocument textLocale={article.locale} title={article.title} lead={article.lead} html={article.html} />
      {article.models.length > 0 && (
        <section aria-labelledby="theme-models">
          <h2 id="theme-models" className="mb-4 text-2xl font-bold">
            {t("models")}
          </h2>
          <ModelCardList models={article.models} />
        </section>
      )}
      {article.themeKey && (
        <section aria-labelledby="theme-search" className="space-y-4">
          <h2 id="theme-search" className="text-2xl font-bold">
            {t("searchTitle")}
          </h2>
          <SearchSection
            locale={locale}
            base={{ pathname: "/themes/[slug]", params: { slug } }}
            searchParams={searchParams}
            scope={{ filter: "theme", value: article.themeKey }}
            title={(count) => t("searchResults", { count })}
          />
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
