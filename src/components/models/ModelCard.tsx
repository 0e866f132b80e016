// A model in a list: name, short description and the facts a professional scans for.
import { useLocale, useTranslations } from "next-intl";
import type { ModelCard as Card } from "@/domain/model";
import { PlainLink } from "@/i18n/PlainLink";

/**
 * The facts on one line, most telling first: where it was developed, how far, its themes,
 * whether it has been evaluated, and its languages. The values say what they are ("Satakunta",
 * "Vakiintunut", "Arvioitu"), so they go without labels: with them, a card's facts took five
 * lines on a phone, and a catalogue page carried a hundred labels twice over.
 */
export function ModelCard({ model }: { model: Card }) {
  const t = useTranslations("ModelCard");
  const languages = useTranslations("Languages");
  const pageLocale = useLocale();
  // Only a card in another language than the page's says so (an absent prop, rather than an
  // undefined one, which the page's payload would still carry, twice per card).
  const lang = model.locale === pageLocale ? {} : { lang: model.locale };
  const facts = [
    model.regions.map((r) => r.label).join(", "),
    model.developmentStage?.label ?? "",
    model.themes.map((theme) => theme.label).join(", "),
    model.hasEvaluation ? t("evaluated") : model.evaluatedElsewhere ? t("evaluatedElsewhere") : t("notEvaluated"),
    model.availableLocales.map((l) => languages(l)).join(", "),
  ].filter((fact) => fact !== "");
  return (
    <article className="card">
      <h3 {...lang}>
        <PlainLink href={{ pathname: "/models/[slug]", params: { slug: model.slug } }}>{model.name}</PlainLink>
      </h3>
      <p className="card-text" {...lang}>
        {model.shortDescription}
      </p>
      <p className="card-facts">{facts.join(" · ")}</p>
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
