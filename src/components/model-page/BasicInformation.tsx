// The model's basic facts as a definition list.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Adoption, ModelPage } from "@/domain/model";
import { PlainLink } from "@/i18n/PlainLink";

function Row({ label, children, lang }: { label: string; children: ReactNode; lang?: string }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr]">
      <dt className="font-semibold">{label}</dt>
      <dd lang={lang}>{children}</dd>
    </div>
  );
}

/** "Organisation, place, since 2021"; a county that took the model into use itself is named once. */
function AdoptionLine({ adoption }: { adoption: Adoption }) {
  const t = useTranslations("ModelPage.basics");
  const place = adoption.municipality ?? adoption.wellbeingServicesCounty?.label;
  const parts = [
    adoption.organisation,
    place !== adoption.organisation ? place : undefined,
    // A string, so that the year is not formatted as a number (2 021).
    adoption.since !== null ? t("since", { year: String(adoption.since) }) : undefined,
  ];
  return <li>{parts.filter(Boolean).join(", ")}</li>;
}

export function BasicInformation({ model }: { model: ModelPage }) {
  const t = useTranslations("ModelPage.basics");
  const format = useFormatter();
  // The model's own text may be the Finnish fallback; the labels are always the page's.
  const lang = model.locale === useLocale() ? undefined : model.locale;
  const list = (terms: { label: string }[]) => (terms.length ? terms.map((x) => x.label).join(", ") : t("none"));
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "long", timeZone: "UTC" }) : t("none"));
  return (
    <dl className="divide-y divide-slate-200">
      <Row label={t("name")} lang={lang}>{model.name}</Row>
      <Row label={t("shortDescription")} lang={lang}>{model.shortDescription}</Row>
      <Row label={t("implementationSite")} lang={model.implementationSite ? lang : undefined}>{model.implementationSite ?? t("none")}</Row>
      <Row label={t("regions")}>{list(model.regions)}</Row>
      <Row label={t("wellbeingServicesCounties")}>{list(model.wellbeingServicesCounties)}</Row>
      <Row label={t("funders")}>{list(model.funders)}</Row>
      <Row label={t("collection")}>
        {model.collection ? (
          <PlainLink href={{ pathname: "/collections/[slug]", params: { slug: model.collection.slug } }} className="text-brand underline">
            {model.collection.name}
          </PlainLink>
        ) : (
          t("none")
        )}
      </Row>
      <Row label={t("developers")}>{model.developers.length ? model.developers.join(", ") : t("none")}</Row>
      <Row label={t("inUse")}>
        {model.inUse.length ? (
          <ul className="space-y-1">
            {model.inUse.map((adoption, i) => (
              <AdoptionLine key={i} adoption={adoption} />
            ))}
          </ul>
        ) : (
          t("none")
        )}
      </Row>
      <Row label={t("themes")}>{list(model.themes)}</Row>
      <Row label={t("targetGroups")}>{list(model.targetGroups)}</Row>
      <Row label={t("developmentStage")}>{model.developmentStage?.label ?? t("none")}</Row>
      <Row label={t("createdOn")}>{date(model.createdOn)}</Row>
      <Row label={t("lastModifiedOn")}>{date(model.lastModifiedOn)}</Row>
      {model.sourceUrl && (
        <Row label={t("source")}>
          <a href={model.sourceUrl} className="break-all text-brand underline">
            {model.sourceUrl}
          </a>
        </Row>
      )}
    </dl>
  );
}
