"use client";
// The evaluation form: the facts once (evaluator, dates, framework and version, the result of
// each participation dimension on that version's scale, which follows the framework chosen),
// then per language the plain-language summary and the finding of
// each dimension, the model's source language first. Problems show beside their fields and in
// a summary that takes the focus; a failed save puts back everything typed.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { defaultFramework, resolveResults, scaleOf, type EvaluationFramework } from "@/domain/evaluation-frameworks";
import { locales, type Locale } from "@/domain/locale";
import { dimensionKeys } from "@/domain/model";
import type { EvaluationDraftDocument } from "@/editorial/evaluation-form";
import { Field, fieldControl as input } from "../../_components/Field";
import { ProblemSummary, useFormProblems, type FieldIssue } from "../../_components/form-problems";
import { saveEvaluationAction } from "../actions";
import { emptyEvaluationFormState } from "../form-state";

type Props = {
  locale: Locale;
  id: string;
  revision: number;
  sourceLocale: Locale;
  draft: EvaluationDraftDocument;
  /** Problems of the saved draft that block publishing, by field. */
  savedIssues: FieldIssue[];
  evaluators: { key: string; name: string }[];
  /** The frameworks the catalogue knows, with their result scales. */
  frameworks: EvaluationFramework[];
  canPublish: boolean;
};

const idOf = (name: string) => `evaluation-${name.replaceAll(".", "-")}`;
const day = (value: string | Date | undefined) => (value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? ""));

export function EvaluationForm({ locale, id, revision, sourceLocale, draft, savedIssues, evaluators, frameworks, canPublish }: Props) {
  const t = useTranslations("EvaluationEditor");
  const page = useTranslations("ModelPage.evaluation");
  const languages = useTranslations("Languages");
  const [state, action, pending] = useActionState(saveEvaluationAction, emptyEvaluationFormState);
  const { summary, message, problems, described, invalid } = useFormProblems(state, { namespace: "EvaluationEditor", idOf, saved: savedIssues });

  const kept = state.values;
  const value = (name: string, initial: string | undefined) => (kept ? (kept[name] ?? "") : (initial ?? ""));
  const order = [sourceLocale, ...locales.filter((l) => l !== sourceLocale)];
  const facts = draft.facts;
  // The result choices follow the framework and version as typed, before the form is sent.
  const [framework, setFramework] = useState(value("framework", facts.framework ?? defaultFramework));
  const [version, setVersion] = useState(value("frameworkVersion", facts.frameworkVersion));
  const scale = scaleOf(frameworks, framework, version || undefined) ?? [];
  const versioned = frameworks.find((f) => f.key === framework)?.versions.some((v) => v.version === version);
  const scaleKey = versioned ? `${framework}@${version}` : framework;
  const savedScale = scaleOf(frameworks, facts.framework, facts.frameworkVersion);
  const saved = savedScale && resolveResults({ strengthens: facts.strengthens ?? [], results: facts.results }, savedScale);
  const resultOf = (key: (typeof dimensionKeys)[number]) => {
    const chosen = kept ? kept[`results.${key}`] : saved?.[key];
    return scale.some((r) => r.key === chosen) ? chosen : scale.find((r) => r.default)?.key;
  };

  return (
    <form action={action} className="space-y-8" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="baseRevision" value={state.revision ?? revision} />

      {state.error && (
        <ProblemSummary
          ref={summary}
          headingId="evaluation-problems"
          title={t(`errors.${state.error}`)}
          links={state.issues.map((i) => ({ href: `#${idOf(i.field)}`, text: `${i.field}: ${message(i)}` }))}
        />
      )}

      <fieldset className="space-y-4 rounded-lg border border-slate-300 p-4">
        <legend>
          <h2 className="text-2xl font-bold">{t("factsTitle")}</h2>
        </legend>
        <div className="grid gap-4 md:grid-cols-2">
          <Field
            id={idOf("evaluator")}
            label={t("fields.evaluator")}
            control={
              <select id={idOf("evaluator")} name="evaluator" defaultValue={value("evaluator", facts.evaluator)} className={input} aria-describedby={described("evaluator")} aria-invalid={invalid("evaluator")}>
                <option value="">{t("choose")}</option>
                {evaluators.map((o) => (
                  <option key={o.key} value={o.key}>{o.name}</option>
                ))}
              </select>
            }
          >
            {problems("evaluator")}
          </Field>
          <Field id={idOf("evaluatedOn")} label={t("fields.evaluatedOn")} name="evaluatedOn" type="date" defaultValue={value("evaluatedOn", day(facts.evaluatedOn))} aria-describedby={described("evaluatedOn")} aria-invalid={invalid("evaluatedOn")}>
            {problems("evaluatedOn")}
          </Field>
          <Field
            id={idOf("framework")}
            label={t("fields.framework")}
            control={
              <select id={idOf("framework")} name="framework" value={framework} onChange={(e) => setFramework(e.target.value)} className={input} aria-describedby={described("framework")} aria-invalid={invalid("framework")}>
                {frameworks.map((f) => (
                  <option key={f.key} value={f.key}>{f[locale]}</option>
                ))}
              </select>
            }
          >
            {problems("framework")}
          </Field>
          <Field id={idOf("frameworkVersion")} label={t("fields.frameworkVersion")} help={t("help.frameworkVersion")} name="frameworkVersion" value={version} onChange={(e) => setVersion(e.target.value)} />
          <Field id={idOf("nextReviewOn")} label={t("fields.nextReviewOn")} name="nextReviewOn" type="date" defaultValue={value("nextReviewOn", day(facts.nextReviewOn))} aria-describedby={described("nextReviewOn")} aria-invalid={invalid("nextReviewOn")}>
            {problems("nextReviewOn")}
            <label className="mt-2 flex items-center gap-2">
              <input type="checkbox" name="noReviewPlanned" defaultChecked={kept ? kept.noReviewPlanned === "on" : (facts.noReviewPlanned ?? false)} />
              {t("fields.noReviewPlanned")}
            </label>
          </Field>
        </div>
        <fieldset aria-describedby={idOf("results-help")}>
          <legend className="font-semibold">{t("resultsTitle")}</legend>
          <p id={idOf("results-help")} className="text-sm text-slate-700">{t("help.results")}</p>
          <div className="mt-2 grid gap-4 md:grid-cols-3">
            {dimensionKeys.map((key) => (
              <div key={key}>
                <label htmlFor={idOf(`results.${key}`)} className="block">{page(`dimensions.${key}`)}</label>
                <select
                  // A new scale starts from its own choices.
                  key={scaleKey}
                  id={idOf(`results.${key}`)}
                  name={`results.${key}`}
                  defaultValue={resultOf(key)}
                  className={input}
                  aria-describedby={described(`results.${key}`)}
                  aria-invalid={invalid(`results.${key}`)}
                >
                  {scale.map((r) => (
                    <option key={r.key} value={r.key}>{r[locale]}</option>
                  ))}
                </select>
                {problems(`results.${key}`)}
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
          <Field
            id={idOf(`${l}.summary`)}
            label={t("fields.summary")}
            help={t("help.summary")}
            control={
              <textarea
                id={idOf(`${l}.summary`)}
                name={`${l}.summary`}
                rows={2}
                lang={l}
                defaultValue={value(`${l}.summary`, draft.texts[l]?.summary)}
                className={input}
                aria-describedby={described(`${l}.summary`, `${idOf(`${l}.summary`)}-help`)}
                aria-invalid={invalid(`${l}.summary`)}
              />
            }
          >
            {problems(`${l}.summary`)}
          </Field>
          {dimensionKeys.map((key) => (
            <Field
              key={key}
              id={idOf(`${l}.findings.${key}`)}
              label={t("fields.finding", { dimension: page(`dimensions.${key}`) })}
              control={<textarea id={idOf(`${l}.findings.${key}`)} name={`${l}.findings.${key}`} lang={l} rows={4} defaultValue={value(`${l}.findings.${key}`, draft.texts[l]?.findings?.[key])} className={input} />}
            />
          ))}
        </fieldset>
      ))}

      <Field id={idOf("note")} label={t("fields.note")} name="note" defaultValue={value("note", "")} />
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
