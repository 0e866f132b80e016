// A collection: what it is and the models in it, searchable within the collection.
import { getTranslations } from "next-intl/server";
import { catalogue } from "@/catalogue";
import { TextDocument } from "@/components/layout/TextDocument";
import { recordRoute, type RecordPageProps } from "../../_components/record-page";
import { SearchSection } from "../../_components/SearchSection";

const route = recordRoute("/collections/[slug]", (locale, slug) => catalogue().getCollectionPage(locale, slug), (collection) => ({ title: collection.name, description: collection.summary }));

export const generateMetadata = route.metadata;

export default async function CollectionPage({ params, searchParams }: RecordPageProps) {
  const { locale, slug, record: collection } = await route.load(params);
  const t = await getTranslations("CollectionPage");
  return (
    <div className="space-y-8">
      <TextDocument textLocale={collection.locale} title={collection.name} lead={collection.summary} html={collection.html} />
      <section aria-label={t("searchLabel")} className="space-y-4">
        <SearchSection
          locale={locale}
          base={{ pathname: "/collections/[slug]", params: { slug } }}
          searchParams={searchParams}
          scope={{ filter: "collection", value: slug }}
          title={(count) => t("models", { count })}
        />
      </section>
    </div>
  );
}
