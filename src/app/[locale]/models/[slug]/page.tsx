// A model's full description: basic information, the described parts in page order, the
// evaluation, tips and background literature, with a table of contents.
import { getTranslations } from "next-intl/server";
import { TranslationNotice, InLanguage } from "@/components/i18n/TranslatedText";
import { ModelCardList } from "@/components/models/ModelCard";
import { Bibliography } from "@/components/references/Bibliography";
import { JsonLd } from "@/components/seo/JsonLd";
import { modelJsonLd } from "@/domain/json-ld";
import type { SectionKey } from "@/domain/model";
import { catalogue } from "@/catalogue";
import { localizedUrl } from "@/i18n/metadata";
import { Link } from "@/i18n/navigation";
import { recordRoute, type RecordPageProps } from "../../_components/record-page";
import { BasicInformation } from "./_components/BasicInformation";
import { EvaluationResults } from "./_components/EvaluationResults";
import { HowToCite } from "./_components/HowToCite";
import { MarkdownBody, PageSection } from "./_components/PageSection";
import { TableOfContents } from "./_components/TableOfContents";

const route = recordRoute(
  "/models/[slug]",
  (locale, slug) => catalogue().getModelPage(locale, slug),
  (model) => ({ title: model.name, description: model.shortDescription, type: "article" }),
);

export const generateMetadata = route.metadata;

/** The evaluation comes after the conditions, as in the national service's descriptions. */
const beforeEvaluation: SectionKey[] = ["basic-idea", "operating-environment", "target-group", "conditions"];

export default async function ModelPage({ params }: Pick<RecordPageProps, "params">) {
  const { locale, slug, record: model } = await route.load(params);
  const [t, layout, related] = await Promise.all([
    getTranslations("ModelPage"),
    getTranslations("Layout"),
    catalogue().listRelatedModels(locale, slug),
  ]);
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
  const section = (key: SectionKey) => model.sections.find((s) => s.key === key)?.html ?? null;

  const parts = [
    { id: "basic-information", label: t("basicInformation") },
    ...beforeEvaluation.map((key) => ({ id: key, label: t(`sections.${key}`) })),
    { id: "evaluation", label: t("evaluationTitle") },
    { id: "tips", label: t("sections.tips") },
    { id: "background-literature", label: t("backgroundLiterature") },
    ...(model.themeArticles.length > 0 ? [{ id: "theme-articles", label: t("themeArticles") }] : []),
    ...(related.length > 0 ? [{ id: "related-models", label: t("relatedModels") }] : []),
  ];

  return (
    <article className="space-y-8">
      <JsonLd data={jsonLd} />
      <header className="space-y-3">
        <InLanguage textLocale={model.locale}>
          <h1 className="text-3xl font-bold text-brand">{model.name}</h1>
          <p className="mt-3 max-w-3xl text-lg text-slate-700">{model.shortDescription}</p>
        </InLanguage>
        {model.isBrief && <p className="font-semibold text-accent">{t("brief")}</p>}
        <TranslationNotice textLocale={model.locale} />
        {model.coverImageUrl && (
          // A content image of unknown size from content/; next/image needs dimensions.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={model.coverImageUrl} alt={model.coverImageAlt ?? ""} className="max-h-96 rounded-lg" />
        )}
      </header>

      <TableOfContents entries={parts} />

      <PageSection id="basic-information" title={t("basicInformation")}>
        <BasicInformation model={model} />
      </PageSection>

      {beforeEvaluation.map((key) => (
        <PageSection key={key} id={key} title={t(`sections.${key}`)}>
          <InLanguage textLocale={model.locale}>
            <MarkdownBody html={section(key)} />
          </InLanguage>
        </PageSection>
      ))}

      <PageSection id="evaluation" title={t("evaluationTitle")}>
        <EvaluationResults evaluations={model.evaluations} evaluatedElsewhere={model.evaluatedElsewhere} sourceUrl={model.sourceUrl} />
      </PageSection>

      <PageSection id="tips" title={t("sections.tips")}>
        <InLanguage textLocale={model.locale}>
          <MarkdownBody html={section("tips")} />
        </InLanguage>
      </PageSection>

      <PageSection id="background-literature" title={t("backgroundLiterature")}>
        {model.references.length > 0 ? (
          <Bibliography references={model.references} />
        ) : (
          <MarkdownBody html={null} />
        )}
      </PageSection>

      {model.themeArticles.length > 0 && (
        <PageSection id="theme-articles" title={t("themeArticles")}>
          <ul className="list-disc space-y-1 pl-6">
            {model.themeArticles.map((article) => (
              <li key={article.slug} lang={article.locale === locale ? undefined : article.locale}>
                <Link href={{ pathname: "/themes/[slug]", params: { slug: article.slug } }} className="text-brand underline">
                  {article.title}
                </Link>
              </li>
            ))}
          </ul>
        </PageSection>
      )}

      {related.length > 0 && (
        <PageSection id="related-models" title={t("relatedModels")}>
          <ModelCardList models={related} />
        </PageSection>
      )}

      <HowToCite model={model} url={url} />
    </article>
  );
}
