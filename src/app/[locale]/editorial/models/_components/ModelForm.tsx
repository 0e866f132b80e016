"use client";
// The guided model form: the facts once, then each text field in page order with help text
// and the languages side by side, the source language first; a mark on each translation older
// than its source. A failed save puts every typed value back, lists the problems at the top
// (focus moves there) and beside their fields; a conflict shows the text saved meanwhile.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { locales, type Locale } from "@/domain/locale";
import { sectionKeys, textFieldKeys } from "@/domain/model";
import { keyFields, spareRows, type ModelDocument } from "@/editorial/form";
import type { FormOptions } from "@/editorial/options";
import type { WritingAids } from "@/editorial/writing-aids";
import { Field, fieldControl as input } from "../../_components/Field";
import { ProblemSummary, useFormProblems } from "../../_components/form-problems";
import { saveModelAction } from "../actions";
import { emptyModelFormState } from "../form-state";

type Props = {
  locale: Locale;
  id: string | null;
  version: number;
  /** The revision the form shows: a conflict is judged against it. */
  revision: number;
  sourceLocale: Locale;
  document: ModelDocument;
  lagging: Partial<Record<Locale, string[]>>;
  /** Spelling and glossary warnings on the saved text, by field name: never a reason to refuse a save. */
  aids: WritingAids;
  /** Each field's open discussion threads (by field name), linked to the first one. */
  openThreads: Record<string, { id: string; count: number }>;
  options: FormOptions;
  canSubmit: boolean;
};

const idOf = (name: string) => `field-${name.replaceAll(".", "-")}`;
const legendHeading = "px-1 text-xl font-bold";

export function ModelForm({ locale, id, version, revision, sourceLocale, document, lagging, aids, openThreads, options, canSubmit }: Props) {
  const t = useTranslations("ModelEditor");
  const languages = useTranslations("Languages");
  const [state, action, pending] = useActionState(saveModelAction, emptyModelFormState);
  // Beside fields in other languages, a problem is said in the editor's.
  const { summary, message, problems, described, invalid } = useFormProblems(state, { namespace: "ModelEditor", idOf, lang: locale });

  const kept = state.values;
  const value = (name: string, initial: string | undefined) => (kept ? (kept[name]?.[0] ?? "") : (initial ?? ""));
  const checked = (name: string, initial: boolean) => (kept ? (kept[name] ?? []).length > 0 : initial);
  const chosen = (name: string, initial: string[]) => (kept ? (kept[name] ?? []) : initial);
  const theirs = (name: string) => state.conflict?.fields.find((f) => f.field === name)?.theirs;
  // Facts both changed: shown together under the basic information (texts beside their fields).
  const factConflicts = state.conflict?.fields.filter((f) => !/^(fi|sv|en)\./.test(f.field) && f.field !== "slug") ?? [];
  const fieldLabel = (field: string) => {
    const key = `fields.${field.replace(/^(fi|sv|en)\./, "").replace(/\.\d+.*$/, "")}`;
    return t.has(key as never) ? t(key as never) : field;
  };
  const source = (kept?.sourceLocale?.[0] as Locale | undefined) ?? sourceLocale;
  const order = [source, ...locales.filter((l) => l !== source)];
  const facts = document.facts;
  const withSpareRows = <T,>(rows: T[] | undefined): (T | undefined)[] => [...(rows ?? []), ...Array.from({ length: spareRows }, () => undefined)];
  const references = withSpareRows(facts.references);
  const adoptions = withSpareRows(facts.inUse);

  return (
    <form action={action} className="space-y-8" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {id && <input type="hidden" name="id" value={id} />}
      <input type="hidden" name="baseVersion" value={state.version ?? version} />
      <input type="hidden" name="baseRevision" value={state.conflict?.revision ?? revision} />
      <input type="hidden" name="referenceRows" value={references.length} />
      <input type="hidden" name="adoptionRows" value={adoptions.length} />

      {state.error && (
        <ProblemSummary
          ref={summary}
          id="form-problems-summary"
          headingId="form-problems"
          title={t(`errors.${state.error}`)}
          links={state.issues.map((i) => ({
            href: `#${idOf(i.field.replace(/\.\d+$/, ""))}`,
            text: (
              <>
                {fieldLabel(i.field)}
                {/^(fi|sv|en)\./.test(i.field) && ` (${languages(i.field.slice(0, 2) as Locale)})`}: {message(i)}
              </>
            ),
          }))}
        >
          {state.conflict && <p className="mt-2">{t("conflictHelp", { count: state.conflict.fields.length })}</p>}
          {state.conflict && state.conflict.merged.length > 0 && <p className="mt-2">{t("conflictMerged", { count: state.conflict.merged.length })}</p>}
        </ProblemSummary>
      )}

      <fieldset className="space-y-4 rounded-lg border border-slate-300 p-4">
        <legend>
          <h2 className={legendHeading}>{t("factsTitle")}</h2>
        </legend>
        <p className="text-slate-700">{t("factsHelp")}</p>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id={idOf("slug")} label={t("fields.slug")} help={t("help.slug")} name="slug" defaultValue={value("slug", document.slug)} aria-describedby={described("slug")} aria-invalid={invalid("slug")}>
            {problems("slug")}
            {theirs("slug") !== undefined && <p className="mt-1">{t("theirs")}: <code>{theirs("slug")}</code></p>}
          </Field>
          <fieldset>
            <legend className="font-semibold">{t("fields.sourceLocale")}</legend>
            <p className="text-sm text-slate-700">{t("help.sourceLocale")}</p>
            {(["fi", "sv"] as const).map((l) => (
              <label key={l} className="mr-4 inline-flex items-center gap-2">
                <input type="radio" name="sourceLocale" value={l} defaultChecked={source === l} disabled={id !== null} />
                {languages(l)}
              </label>
            ))}
            {id !== null && <input type="hidden" name="sourceLocale" value={sourceLocale} />}
          </fieldset>
          {(["developmentStage", "collection"] as const).map((name) => (
            <Field
              key={name}
              id={idOf(name)}
              label={t(`fields.${name}`)}
              control={
                <select id={idOf(name)} name={name} defaultValue={value(name, facts[name])} className={input} aria-describedby={described(name)} aria-invalid={invalid(name)}>
                  <option value="">{t("none")}</option>
                  {options[name].map((o) => (
                    <option key={o.key} value={o.key}>{o.label}</option>
                  ))}
                </select>
              }
            >
              {problems(name)}
            </Field>
          ))}
          <Field id={idOf("createdOn")} label={t("fields.createdOn")} name="createdOn" type="date" defaultValue={value("createdOn", typeof facts.createdOn === "string" ? facts.createdOn : undefined)} aria-describedby={described("createdOn")} aria-invalid={invalid("createdOn")}>
            {problems("createdOn")}
          </Field>
          <Field id={idOf("sourceUrl")} label={t("fields.sourceUrl")} name="sourceUrl" type="url" defaultValue={value("sourceUrl", facts.sourceUrl)} aria-describedby={described("sourceUrl")} aria-invalid={invalid("sourceUrl")}>
            {problems("sourceUrl")}
          </Field>
          {(["brief", "evaluatedElsewhere"] as const).map((name) => (
            <label key={name} className="flex items-center gap-2">
              <input type="checkbox" name={name} defaultChecked={checked(name, facts[name] ?? false)} />
              {t(`fields.${name}`)}
            </label>
          ))}
        </div>
        {/* Who owns a model is the admin's to change (model.transfer), so only a new model chooses it here. */}
        {keyFields.filter((name) => name !== "developers" || id === null).map((name) => (
          <fieldset key={name} id={idOf(name)} tabIndex={-1} aria-describedby={described(name)}>
            <legend className="font-semibold">{t(`fields.${name}`)}</legend>
            <div className="mt-1 grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
              {options[name].map((o) => (
                <label key={o.key} className="flex items-center gap-2 py-1">
                  <input type="checkbox" name={name} value={o.key} defaultChecked={chosen(name, facts[name] ?? []).includes(o.key)} />
                  {o.label}
                </label>
              ))}
            </div>
            {problems(name)}
          </fieldset>
        ))}
        {id !== null && (
          <p>
            <span className="font-semibold">{t("fields.developers")}:</span>{" "}
            {(facts.developers ?? []).map((key) => options.developers.find((o) => o.key === key)?.label ?? key).join(", ")}{" "}
            <span className="text-sm text-slate-700">{t("help.developers")}</span>
          </p>
        )}
        <fieldset className="space-y-3">
          <legend className="font-semibold">{t("fields.inUse")}</legend>
          <p className="text-sm text-slate-700">{t("help.inUse")}</p>
          {adoptions.map((a, i) => (
            <fieldset key={i} className="grid gap-2 border-t border-slate-200 pt-2 md:grid-cols-4" id={idOf(`inUse.${i}`)}>
              <legend className="sr-only">{t("adoptionNumber", { number: i + 1 })}</legend>
              {(["organisation", "municipality", "wellbeingServicesCounty", "since"] as const).map((part) => {
                const name = `inUse.${i}.${part}`;
                const initial = value(name, a?.[part] === undefined ? undefined : String(a[part]));
                const field = { id: idOf(name), name, defaultValue: initial, className: input, "aria-describedby": described(name), "aria-invalid": invalid(name) };
                return (
                  <div key={part}>
                    <label htmlFor={idOf(name)} className="block text-sm font-semibold">{t(`adoption.${part}`)}</label>
                    {part === "wellbeingServicesCounty" ? (
                      <select {...field}>
                        <option value="">{t("none")}</option>
                        {options.wellbeingServicesCounties.map((o) => (
                          <option key={o.key} value={o.key}>{o.label}</option>
                        ))}
                      </select>
                    ) : (
                      <input {...field} inputMode={part === "since" ? "numeric" : undefined} />
                    )}
                    {problems(name)}
                  </div>
                );
              })}
            </fieldset>
          ))}
        </fieldset>
        {factConflicts.length > 0 && (
          <div className="rounded border border-amber-700 p-2">
            <p className="font-semibold">{t("theirsFacts")}</p>
            <dl>
              {factConflicts.map((c) => (
                <div key={c.field}>
                  <dt className="font-semibold">{fieldLabel(c.field.replace(/^facts\./, ""))}</dt>
                  <dd className="whitespace-pre-wrap break-words text-sm" data-testid={`theirs-${c.field}`}>{c.theirs || t("empty")}</dd>
                </div>
              ))}
            </dl>
          </div>
        )}
      </fieldset>

      {textFieldKeys.map((field) => (
        <fieldset key={field} className="space-y-2 rounded-lg border border-slate-300 p-4">
          <legend>
            <h2 className={legendHeading}>{t(`fields.${field}`)}</h2>
          </legend>
          <p id={`help-${idOf(field)}`} className="text-slate-700">{t(`help.${field}`)}</p>
          <div className="grid gap-4 xl:grid-cols-3">
            {order.map((l) => {
              const name = `${l}.${field}`;
              const behind = l !== source && (lagging[l] ?? []).includes(field);
              const initial = field.startsWith("sections.")
                ? document.texts[l]?.sections[field.slice(9) as (typeof sectionKeys)[number]]
                : (document.texts[l]?.[field as "name"] ?? undefined);
              const other = theirs(name);
              // Shown only while the text is the saved one: after a failed save the typed text is back instead.
              const aid = kept ? undefined : aids[name];
              const long = field !== "name" && field !== "implementationSite";
              return (
                <div key={l} lang={l}>
                  <label htmlFor={idOf(name)} className="block font-semibold" lang={locale}>
                    <span className="sr-only">{t(`fields.${field}`)}, </span>
                    {languages(l)}
                    {l === source ? ` (${t("source")})` : l === "en" ? ` (${t("optional")})` : ""}
                  </label>
                  {behind && (
                    <p id={`${idOf(name)}-behind`} className="text-sm font-semibold text-amber-900" lang={locale}>
                      {t("behind")}
                    </p>
                  )}
                  {long ? (
                    <textarea id={idOf(name)} name={name} rows={field.startsWith("sections.") ? 8 : 3} defaultValue={value(name, initial)} className={input} aria-describedby={described(name, `help-${idOf(field)}`, behind ? `${idOf(name)}-behind` : "", aid ? `${idOf(name)}-aids` : "")} aria-invalid={invalid(name)} />
                  ) : (
                    <input id={idOf(name)} name={name} defaultValue={value(name, initial)} className={input} aria-describedby={described(name, `help-${idOf(field)}`, behind ? `${idOf(name)}-behind` : "", aid ? `${idOf(name)}-aids` : "")} aria-invalid={invalid(name)} />
                  )}
                  {problems(name)}
                  {openThreads[name] && (
                    <p className="mt-1 text-sm" lang={locale}>
                      <a href={`#thread-${openThreads[name].id}`} className="font-semibold text-brand underline">
                        {t("openThreads", { count: openThreads[name].count })}
                      </a>
                    </p>
                  )}
                  {aid && (
                    <div id={`${idOf(name)}-aids`} className="mt-1 rounded border-l-4 border-amber-700 bg-amber-50 px-2 py-1 text-sm" lang={locale}>
                      <p className="font-semibold">{t("aids.title")}</p>
                      {aid.spelling.length > 0 && (
                        <p>
                          {t("aids.spelling")} <span lang={l}>{aid.spelling.join(", ")}</span>
                        </p>
                      )}
                      {aid.glossary.length > 0 && (
                        <p>
                          {t("aids.glossary")} <span lang={l}>{[...new Set(aid.glossary.map((g) => g.text))].join(", ")}</span>
                        </p>
                      )}
                    </div>
                  )}
                  {other !== undefined && (
                    <div className="mt-2 rounded border border-amber-700 p-2" lang={locale}>
                      <p className="font-semibold">{t("theirs")}</p>
                      {other ? (
                        <p className="whitespace-pre-wrap" lang={l} data-testid={`theirs-${name}`}>{other}</p>
                      ) : (
                        <p data-testid={`theirs-${name}`}>{t("empty")}</p>
                      )}
                      <button
                        type="button"
                        className="mt-1 rounded border border-brand px-3 py-1 font-semibold text-brand"
                        aria-label={t("takeTheirsFor", { field: t(`fields.${field}`), language: languages(l) })}
                        onClick={() => {
                          const target = globalThis.document.getElementById(idOf(name)) as HTMLInputElement | HTMLTextAreaElement | null;
                          if (!target) return;
                          target.value = other;
                          target.focus();
                        }}
                      >
                        {t("takeTheirs")}
                      </button>
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}

      <fieldset className="space-y-3 rounded-lg border border-slate-300 p-4">
        <legend>
          <h2 className={legendHeading}>{t("fields.references")}</h2>
        </legend>
        <p className="text-slate-700">{t("help.references")}</p>
        {references.map((r, i) => (
          <fieldset key={i} className="grid gap-2 border-t border-slate-200 pt-2 md:grid-cols-5" id={idOf(`references.${i}`)}>
            <legend className="sr-only">{t("referenceNumber", { number: i + 1 })}</legend>
            {(["title", "authors", "year", "publisher", "url"] as const).map((part) => {
              const name = `references.${i}.${part}`;
              return (
                <div key={part} className={part === "title" ? "md:col-span-2" : undefined}>
                  <label htmlFor={idOf(name)} className="block text-sm font-semibold">{t(`reference.${part}`)}</label>
                  <input id={idOf(name)} name={name} defaultValue={value(name, r?.[part] === undefined ? undefined : String(r[part]))} className={input} aria-describedby={described(name)} aria-invalid={invalid(name)} />
                  {problems(name)}
                </div>
              );
            })}
          </fieldset>
        ))}
      </fieldset>

      <div className="space-y-3 rounded-lg border border-slate-300 p-4">
        <label htmlFor={idOf("note")} className="block font-semibold">{t("fields.note")}</label>
        <input id={idOf("note")} name="note" defaultValue={value("note", "")} className={input} />
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="intent" value="save" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
            {t("save")}
          </button>
          {id && canSubmit && (
            <button type="submit" name="intent" value="submit" disabled={pending} className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">
              {t("saveAndSubmit")}
            </button>
          )}
        </div>
      </div>
    </form>
  );
}
