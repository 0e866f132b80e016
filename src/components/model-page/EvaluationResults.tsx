// Evaluation results in brief: the plain-language summary, the framework, each of the three
// participation dimensions with its result on the framework's scale and its finding, and the
// evaluation documents.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Evaluation } from "@/domain/model";
import { PlainLink } from "@/i18n/PlainLink";

type Props = { evaluations: Evaluation[]; evaluatedElsewhere: boolean; sourceUrl: string | null };

export function EvaluationResults({ evaluations, evaluatedElsewhere, sourceUrl }: Props) {
  const t = useTranslations("ModelPage.evaluation");
  const languages = useTranslations("Languages");
  const pageLocale = useLocale();
  const format = useFormatter();
  const lang = (locale: string) => (locale === pageLocale ? undefined : locale);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  if (evaluations.length === 0) {
    if (!evaluatedElsewhere) return <p className="italic text-slate-600">{t("none")}</p>;
    return (
      <p>
        {t("elsewhere")}{" "}
        {sourceUrl && (
          <a href={sourceUrl} className="break-all text-brand underline">
            {sourceUrl}
          </a>
        )}
      </p>
    );
  }
  return (
    <div className="space-y-8">
      {evaluations.map((evaluation, i) => (
        <div key={i} className="space-y-4" data-evaluation-state={evaluation.withdrawn ? "withdrawn" : "published"}>
          <p className="text-sm text-slate-700">
            {t("evaluatedBy", {
              evaluator: evaluation.evaluator ?? t("unknownEvaluator"),
              date: evaluation.evaluatedOn ? day(evaluation.evaluatedOn) : "–",
            })}{" "}
            {evaluation.nextReviewOn
              ? t("nextReview", { date: day(evaluation.nextReviewOn) })
              : evaluation.noReviewPlanned && t("noReviewPlanned")}
          </p>
          <p className="text-sm text-slate-700">
            {evaluation.framework.version
              ? t("frameworkVersion", { name: evaluation.framework.name, version: evaluation.framework.version })
              : t("framework", { name: evaluation.framework.name })}
          </p>
          {evaluation.withdrawn && (
            <div role="note" className="rounded-lg border-2 border-amber-700 bg-amber-50 p-4">
              <p className="font-bold">{t("withdrawn", { date: evaluation.withdrawn.on ? day(evaluation.withdrawn.on) : "–" })}</p>
              {evaluation.withdrawn.reason && <p lang={lang(evaluation.withdrawn.reason.locale)}>{evaluation.withdrawn.reason.text}</p>}
            </div>
          )}
          {evaluation.changedSinceEvaluated && !evaluation.withdrawn && (
            <p role="note" className="rounded-lg border border-slate-400 bg-slate-50 p-3 text-sm">
              {t("changedSinceEvaluated")}
            </p>
          )}
          {evaluation.summary && (
            <p className="text-lg font-semibold" lang={lang(evaluation.summary.locale)}>
              {evaluation.summary.text}
            </p>
          )}
          <h3 className="text-lg font-bold">{t("dimensionsTitle")}</h3>
          <ul className="space-y-4">
            {evaluation.dimensions.map((d) => (
              <li key={d.key} className="rounded-lg border border-slate-300 p-4" data-dimension={d.key} data-strengthened={d.strengthened}>
                <p className="font-bold">
                  <PlainLink href="/framework" hash={d.key} className="text-brand underline underline-offset-4">
                    {t(`dimensions.${d.key}`)}
                  </PlainLink>
                  :{" "}
                  <span className={d.strengthened ? "text-green-800" : "text-slate-700"}>{d.result}</span>
                </p>
                {d.finding && (
                  <div
                    className="prose-content"
                    lang={lang(d.finding.locale)}
                    // Sanitized by renderMarkdown (src/domain/markdown.ts).
                    dangerouslySetInnerHTML={{ __html: d.finding.html }}
                  />
                )}
              </li>
            ))}
          </ul>
          {evaluation.documents.length > 0 && (
            <>
              <h3 className="text-lg font-bold">{t("documentsTitle")}</h3>
              <ul className="space-y-2">
                {evaluation.documents.map((doc, j) => (
                  <li key={j}>
                    <a href={doc.persistent?.href ?? doc.href} className="text-brand underline" hrefLang={doc.language} lang={lang(doc.language)}>
                      {doc.title}
                    </a>{" "}
                    <span className="text-sm text-slate-700">
                      (
                      {[
                        languages(doc.language),
                        doc.publishedOn && format.dateTime(doc.publishedOn, { dateStyle: "medium", timeZone: "UTC" }),
                        doc.sizeBytes &&
                          `PDF ${format.number(doc.sizeBytes / 1024, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 })}`,
                        doc.pageCount && t("pages", { count: doc.pageCount }),
                      ]
                        .filter(Boolean)
                        .join(", ")}
                      )
                    </span>
                    {doc.supersededOn && (
                      <span className="block text-sm font-semibold">
                        {t("superseded", { date: format.dateTime(doc.supersededOn, { dateStyle: "medium", timeZone: "UTC" }) })}
                      </span>
                    )}
                    {doc.persistent && <span className="block text-sm">{t("persistentId", { id: doc.persistent.id })}</span>}
                    {doc.tagged === true && <span className="block text-sm">{t("tagged")}</span>}
                    {doc.tagged === false && (
                      <span className="block text-sm">
                        {t("notTagged")}{" "}
                        <PlainLink href="/accessibility" hash="feedback-title" className="text-brand underline">
                          {t("requestAccessible")}
                        </PlainLink>
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </div>
  );
}
