// A published model's page: its description (ModelArticle, which the working area's preview
// shows too) with its structured data.
import { getTranslations } from "next-intl/server";
import { ModelArticle } from "@/components/model-page/ModelArticle";
import { JsonLd } from "@/components/seo/JsonLd";
import { modelJsonLd } from "@/domain/json-ld";
import { catalogue } from "@/catalogue";
import { localizedUrl } from "@/i18n/metadata";
import { recordRoute, type RecordPageProps } from "../../_components/record-page";

const route = recordRoute(
  "/models/[slug]",
  (locale, slug) => catalogue().getModelPage(locale, slug),
  (model) => ({ title: model.name, description: model.shortDescription, type: "article" }),
);

export const generateMetadata = route.metadata;

export default async function ModelPage({ params }: Pick<RecordPageProps, "params">) {
  const { locale, slug, record: model } = await route.load(params);
  const [layout, related] = await Promise.all([getTranslations("Layout"), catalogue().listRelatedModels(locale, slug)]);
  const url = localizedUrl({ pathname: "/models/[slug]", params: { slug } }, locale);
  const jsonLd = modelJsonLd(
    model,
    {
      page: url,
      collection: model.collection && localizedUrl({ pathname: "/collections/[slug]", params: { slug: model.collection.slug } }, locale),
      site: localizedUrl("/", locale),
    },
    layout("siteName"),
  );
  return (
    <>
      <JsonLd data={jsonLd} />
      <ModelArticle model={model} locale={locale} related={related} url={url} />
    </>
  );
}
