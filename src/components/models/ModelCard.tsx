// A model in a list: name, short description and the facts a professional scans for.
import { useLocale, useTranslations } from "next-intl";
import type { ModelCard as Card } from "@/domain/model";
import { PlainLink } from "@/i18n/PlainLink";

export function ModelCard({ model }: { model: Card }) {
  const t = useTranslations("ModelCard");
  const languages = useTranslations("Languages");
  const pageLocale = useLocale();
  const lang = model.locale === pageLocale ? undefined : model.locale;
  return (
    <article className="card">
      <h3 className="text-lg font-bold leading-snug" lang={lang}>
        <PlainLink href={{ pathname: "/models/[slug]", params: { slug: model.slug } }} className="text-brand underline-offset-4 hover:underline">
          {model.name}
        </PlainLink>
      </h3>
      <p className="mt-2 flex-1 text-slate-700" lang={lang}>
        {model.shortDescription}
      </p>
      <dl className="card-facts">
        {model.regions.length > 0 && (
          <>
            <dt>{t("region")}</dt>
            <dd>{model.regions.map((r) => r.label).join(", ")}</dd>
          </>
        )}
        {model.developmentStage && (
          <>
            <dt>{t("stage")}</dt>
            <dd>{model.developmentStage.label}</dd>
          </>
        )}
        {model.themes.length > 0 && (
          <>
            <dt>{t("themes")}</dt>
            <dd>{model.themes.map((theme) => theme.label).join(", ")}</dd>
          </>
        )}
        <dt>{t("evaluation")}</dt>
        <dd>{model.hasEvaluation ? t("evaluated") : model.evaluatedElsewhere ? t("evaluatedElsewhere") : t("notEvaluated")}</dd>
        <dt>{t("languages")}</dt>
        <dd>{model.availableLocales.map((l) => languages(l)).join(", ")}</dd>
      </dl>
      {model.isBrief && <p className="mt-3 text-sm font-semibold text-accent">{t("brief")}</p>}
    </article>
  );
}

export function ModelCardList({ models }: { models: Card[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {models.map((model) => (
        <li key={model.slug}>
          <ModelCard model={model} />
        </li>
      ))}
    </ul>
  );
}
