"use client";
// The evaluation form: the facts once (evaluator, dates, framework version, the result of each
// participation dimension), then per language the plain-language summary and the finding of
// each dimension, the model's source language first. Problems show beside their fields and in
// a summary that takes the focus; a failed save puts back everything typed.
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { locales, type Locale } from "@/domain/locale";
import { dimensionKeys } from "@/domain/model";
import type { EvaluationDraftDocument } from "@/editorial/evaluation-form";
import { saveEvaluationAction } from "../actions";
import { emptyEvaluationFormState } from "../form-state";

type Props = {
  locale: Locale;
  id: string;
  revision: number;
  sourceLocale: Locale;
  draft: EvaluationDraftDocument;
  /** Problems of the saved draft that block publishing, by field. */
  savedIssues: { field: string; message: string; code?: string }[];
  evaluators: { key: string; name: string }[];
  canPublish: boolean;
};

const input = "mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2";
const idOf = (name: string) => `evaluation-${name.replaceAll(".", "-")}`;
const day = (value: string | Date | undefined) => (value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? ""));

export function EvaluationForm({ locale, id, revision, sourceLocale, draft, savedIssues, evaluators, canPublish }: Props) {
  const t = useTranslations("EvaluationEditor");
  const page = useTranslations("ModelPage.evaluation");
  const languages = useTranslations("Languages");
  const [state, action, pending] = useActionState(saveEvaluationAction, emptyEvaluationFormState);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.error) summary.current?.focus();
  }, [state]);

  const kept = state.values;
  const value = (name: string, initial: string | undefined) => (kept ? (kept[name] ?? "") : (initial ?? ""));
  const issues = state.error ? state.issues : savedIssues;
  const issuesOf = (name: string) => issues.filter((i) => i.field === name || i.field.startsWith(`${name}.`));
  const message = (m: string, code?: string) => {
    const key = [m, code].find((k) => k && t.has(`problems.${k}` as never));
    return key ? t(`problems.${key}` as never) : t("problems.other");
  };
  const problems = (name: string) =>
    issuesOf(name).length > 0 && (
      <div id={`${idOf(name)}-problem`} className="mt-1 font-semibold text-red-800">
        {issuesOf(name).map((i) => (
          <p key={i.field + i.message}>{message(i.message, i.code)}</p>
        ))}
      </div>
    );
  const described = (name: string) => (issuesOf(name).length > 0 ? `${idOf(name)}-problem` : undefined);
  const invalid = (name: string) => issuesOf(name).length > 0 || undefined;
  const order = [sourceLocale, ...locales.filter((l) => l !== sourceLocale)];
  const facts = draft.facts;
  const strengthened = (key: string) => (facts.strengthens ?? []).includes(key as never);

  return (
    <form action={action} className="space-y-8" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="baseRevision" value={state.revision ?? revision} />

      {state.error && (
        <div ref={summary} tabIndex={-1} aria-labelledby="evaluation-problems" className="rounded-lg border-2 border-red-800 p-4">
          <h2 id="evaluation-problems" className="text-xl font-bold text-red-800">
            {t(`errors.${state.error}`)}
          </h2>
          {state.issues.length > 0 && (
            <ul className="mt-2 list-disc pl-6">
              {state.issues.map((i) => (
                <li key={i.field + i.message}>
                  <a href={`#${idOf(i.field)}`} className="text-brand underline">
                    {i.field}: {message(i.message, i.code)}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <fieldset className="space-y-4 rounded-lg border border-slate-300 p-4">
        <legend>
          <h2 className="text-2xl font-bold">{t("factsTitle")}</h2>
        </legend>
        <div className="grid gap-4 md:grid-cols-2">
          <div>
            <label htmlFor={idOf("evaluator")} className="block font-semibold">{t("fields.evaluator")}</label>
            <select id={idOf("evaluator")} name="evaluator" defaultValue={value("evaluator", facts.evaluator)} className={input} aria-describedby={described("evaluator")} aria-invalid={invalid("evaluator")}>
              <option value="">{t("choose")}</option>
              {evaluators.map((o) => (
                <option key={o.key} value={o.key}>{o.name}</option>
              ))}
            </select>
            {problems("evaluator")}
          </div>
          <div>
            <label htmlFor={idOf("evaluatedOn")} className="block font-semibold">{t("fields.evaluatedOn")}</label>
            <input id={idOf("evaluatedOn")} name="evaluatedOn" type="date" defaultValue={value("evaluatedOn", day(facts.evaluatedOn))} className={input} aria-describedby={described("evaluatedOn")} aria-invalid={invalid("evaluatedOn")} />
            {problems("evaluatedOn")}
          </div>
          <div>
            <label htmlFor={idOf("frameworkVersion")} className="block font-semibold">{t("fields.frameworkVersion")}</label>
            <p id={`${idOf("frameworkVersion")}-help`} className="text-sm text-slate-700">{t("help.frameworkVersion")}</p>
            <input id={idOf("frameworkVersion")} name="frameworkVersion" defaultValue={value("frameworkVersion", facts.frameworkVersion)} className={input} aria-describedby={`${idOf("frameworkVersion")}-help`} />
          </div>
          <div>
            <label htmlFor={idOf("nextReviewOn")} className="block font-semibold">{t("fields.nextReviewOn")}</label>
            <input id={idOf("nextReviewOn")} name="nextReviewOn" type="date" defaultValue={value("nextReviewOn", day(facts.nextReviewOn))} className={input} aria-describedby={described("nextReviewOn")} aria-invalid={invalid("nextReviewOn")} />
            {problems("nextReviewOn")}
            <label className="mt-2 flex items-center gap-2">
              <input type="checkbox" name="noReviewPlanned" defaultChecked={kept ? kept.noReviewPlanned === "on" : (facts.noReviewPlanned ?? false)} />
              {t("fields.noReviewPlanned")}
            </label>
          </div>
        </div>
        <fieldset>
          <legend className="font-semibold">{t("resultsTitle")}</legend>
          <div className="mt-2 grid gap-4 md:grid-cols-3">
            {dimensionKeys.map((key) => (
              <div key={key}>
                <label htmlFor={idOf(`result.${key}`)} className="block">{page(`dimensions.${key}`)}</label>
                <select id={idOf(`result.${key}`)} name={`result.${key}`} defaultValue={value(`result.${key}`, strengthened(key) ? "strengthened" : "not-assessed")} className={input}>
                  <option value="strengthened">{t("results.strengthened")}</option>
                  <option value="not-assessed">{t("results.not-assessed")}</option>
                </select>
              </div>
            ))}
          </div>
        </fieldset>
      </fieldset>

      {order.map((l) => (
        <fieldset key={l} className="space-y-4 rounded-lg border border-slate-300 p-4">
          <legend>
            <h2 className="text-2xl font-bold">
              {languages(l)}
              {l === sourceLocale && ` (${t("source")})`}
            </h2>
          </legend>
          <div>
            <label htmlFor={idOf(`${l}.summary`)} className="block font-semibold">{t("fields.summary")}</label>
            <p id={`${idOf(`${l}.summary`)}-help`} className="text-sm text-slate-700">{t("help.summary")}</p>
            <textarea
              id={idOf(`${l}.summary`)}
              name={`${l}.summary`}
              rows={2}
              lang={l}
              defaultValue={value(`${l}.summary`, draft.texts[l]?.summary)}
              className={input}
              aria-describedby={[`${idOf(`${l}.summary`)}-help`, described(`${l}.summary`)].filter(Boolean).join(" ")}
              aria-invalid={invalid(`${l}.summary`)}
            />
            {problems(`${l}.summary`)}
          </div>
          {dimensionKeys.map((key) => (
            <div key={key}>
              <label htmlFor={idOf(`${l}.findings.${key}`)} className="block font-semibold">
                {t("fields.finding", { dimension: page(`dimensions.${key}`) })}
              </label>
              <textarea id={idOf(`${l}.findings.${key}`)} name={`${l}.findings.${key}`} lang={l} rows={4} defaultValue={value(`${l}.findings.${key}`, draft.texts[l]?.findings?.[key])} className={input} />
            </div>
          ))}
        </fieldset>
      ))}

      <div>
        <label htmlFor={idOf("note")} className="block font-semibold">{t("fields.note")}</label>
        <input id={idOf("note")} name="note" defaultValue={value("note", "")} className={input} />
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="save" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {t("save")}
        </button>
        {canPublish && (
          <button type="submit" name="intent" value="publish" disabled={pending} className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">
            {t("publish")}
          </button>
        )}
      </div>
    </form>
  );
}
