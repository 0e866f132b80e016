// A model's full description: basic information, the described parts in page order, the
// evaluation, tips and background literature, with a table of contents. The public page and
// the working area's preview of a draft render this same component.
import { getTranslations } from "next-intl/server";
import { TranslationNotice, InLanguage } from "@/components/i18n/TranslatedText";
import { ModelCardList } from "@/components/models/ModelCard";
import { Bibliography } from "@/components/references/Bibliography";
import type { Locale } from "@/domain/locale";
import type { ModelCard, ModelPage, SectionKey } from "@/domain/model";
import { PlainLink } from "@/i18n/PlainLink";
import { BasicInformation } from "./BasicInformation";
import { ChangeNotes } from "./ChangeNotes";
import { EvaluationResults } from "./EvaluationResults";
import { HowToCite } from "./HowToCite";
import { MarkdownBody, PageSection } from "./PageSection";
import { TableOfContents } from "./TableOfContents";

/** The evaluation comes after the conditions, as in the national service's descriptions. */
const beforeEvaluation: SectionKey[] = ["basic-idea", "operating-environment", "target-group", "conditions"];

type Props = { model: ModelPage; locale: Locale; related: ModelCard[]; url: string };

export async function ModelArticle({ model, locale, related, url }: Props) {
  const t = await getTranslations("ModelPage");
  const section = (key: SectionKey) => model.sections.find((s) => s.key === key)?.html ?? null;

  const parts = [
    { id: "basic-information", label: t("basicInformation") },
    ...beforeEvaluation.map((key) => ({ id: key, label: t(`sections.${key}`) })),
    { id: "evaluation", label: t("evaluationTitle") },
    { id: "tips", label: t("sections.tips") },
    { id: "background-literature", label: t("backgroundLiterature") },
    ...(model.themeArticles.length > 0 ? [{ id: "theme-articles", label: t("themeArticles") }] : []),
    ...(related.length > 0 ? [{ id: "related-models", label: t("relatedModels") }] : []),
    ...(model.changeNotes.length > 0 ? [{ id: "changes", label: t("changes") }] : []),
  ];

  return (
    <article className="space-y-8">
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
        {model.references.length > 0 ? <Bibliography references={model.references} /> : <MarkdownBody html={null} />}
      </PageSection>

      {model.themeArticles.length > 0 && (
        <PageSection id="theme-articles" title={t("themeArticles")}>
          <ul className="list-disc space-y-1 pl-6">
            {model.themeArticles.map((article) => (
              <li key={article.slug} lang={article.locale === locale ? undefined : article.locale}>
                <PlainLink href={{ pathname: "/themes/[slug]", params: { slug: article.slug } }} className="text-brand underline">
                  {article.title}
                </PlainLink>
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

      {model.changeNotes.length > 0 && (
        <PageSection id="changes" title={t("changes")}>
          <ChangeNotes notes={model.changeNotes} />
        </PageSection>
      )}

      <HowToCite model={model} url={url} />
    </article>
  );
}
