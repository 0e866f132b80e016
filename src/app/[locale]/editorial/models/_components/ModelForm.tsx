"use client";
// The guided model form: the facts once, then each text field in page order with help text
// and the languages side by side, the source language first; a mark on each translation older
// than its source. A failed save puts every typed value back, lists the problems at the top
// (focus moves there) and beside their fields; a conflict shows the text saved meanwhile.
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { locales, type Locale } from "@/domain/locale";
import { sectionKeys } from "@/domain/model";
import { keyFields, spareRows, type ModelDocument } from "@/editorial/form";
import type { FormOptions } from "@/editorial/options";
import { saveModelAction } from "../actions";
import { emptyModelFormState } from "../form-state";


type Props = {
  locale: Locale;
  id: string | null;
  version: number;
  sourceLocale: Locale;
  document: ModelDocument;
  lagging: Partial<Record<Locale, string[]>>;
  options: FormOptions;
  canSubmit: boolean;
};

const input = "mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2";
const idOf = (name: string) => `field-${name.replaceAll(".", "-")}`;
const textKeys = ["name", "shortDescription", "implementationSite", ...sectionKeys.map((k) => `sections.${k}` as const)] as const;

export function ModelForm({ locale, id, version, sourceLocale, document, lagging, options, canSubmit }: Props) {
  const t = useTranslations("ModelEditor");
  const languages = useTranslations("Languages");
  const [state, action, pending] = useActionState(saveModelAction, emptyModelFormState);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.error) summary.current?.focus();
  }, [state]);

  const kept = state.values;
  const value = (name: string, initial: string | undefined) => (kept ? (kept[name]?.[0] ?? "") : (initial ?? ""));
  const checked = (name: string, initial: boolean) => (kept ? (kept[name] ?? []).length > 0 : initial);
  const chosen = (name: string, initial: string[]) => (kept ? (kept[name] ?? []) : initial);
  const issuesOf = (name: string) => state.issues.filter((i) => i.field === name || i.field.startsWith(`${name}.`));
  const theirs = (name: string) => state.conflict?.fields.find((f) => f.field === name)?.theirs;
  // Problems come as message keys or as the schemas' English; the known ones are translated.
  const known = (key: string) => t.has(key as never);
  // A problem known by its message, else by zod's kind of problem, else said generally.
  const message = (m: string, code?: string) =>
    known(`problems.${m}`) ? t(`problems.${m}` as never) : known(`problems.${code}`) ? t(`problems.${code}` as never) : t("problems.other");
  const fieldLabel = (field: string) => {
    const key = `fields.${field.replace(/^(fi|sv|en)\./, "").replace(/\.\d+.*$/, "")}`;
    return known(key) ? t(key as never) : field;
  };
  const source = (kept?.sourceLocale?.[0] as Locale | undefined) ?? sourceLocale;
  const order = [source, ...locales.filter((l) => l !== source)];
  const facts = document.facts;
  const withSpareRows = <T,>(rows: T[] | undefined): (T | undefined)[] => [...(rows ?? []), ...Array.from({ length: spareRows }, () => undefined)];
  const references = withSpareRows(facts.references);
  const adoptions = withSpareRows(facts.inUse);

  const problems = (name: string) =>
    issuesOf(name).map((i) => (
      <p key={i.field + i.message} id={`${idOf(name)}-problem`} className="mt-1 font-semibold text-red-800">
        {message(i.message, i.code)}
      </p>
    ));
  const described = (name: string) => (issuesOf(name).length > 0 ? `${idOf(name)}-problem` : undefined);

  return (
    <form action={action} className="space-y-8" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {id && <input type="hidden" name="id" value={id} />}
      <input type="hidden" name="baseVersion" value={state.conflict?.version ?? version} />
      <input type="hidden" name="referenceRows" value={references.length} />
      <input type="hidden" name="adoptionRows" value={adoptions.length} />

      {state.error && (
        <div ref={summary} tabIndex={-1} role="alert" aria-labelledby="form-problems" className="rounded-lg border-2 border-red-800 p-4">
          <h2 id="form-problems" className="text-xl font-bold text-red-800">
            {t(`errors.${state.error}`)}
          </h2>
          {state.issues.length > 0 && (
            <ul className="mt-2 list-disc pl-6">
              {state.issues.map((i) => (
                <li key={i.field + i.message}>
                  <a href={`#${idOf(i.field.replace(/\.\d+$/, ""))}`} className="text-brand underline">
                    {fieldLabel(i.field)}
                    {/^(fi|sv|en)\./.test(i.field) && ` (${languages(i.field.slice(0, 2) as Locale)})`}: {message(i.message, i.code)}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {state.conflict && <p className="mt-2">{t("conflictHelp", { count: state.conflict.fields.length })}</p>}
        </div>
      )}

      <fieldset className="space-y-4 rounded-lg border border-slate-300 p-4">
        <legend className="px-1 text-xl font-bold">{t("factsTitle")}</legend>
        <p className="text-slate-700">{t("factsHelp")}</p>
        <div className="grid gap-4 md:grid-cols-2">
          <div>
            <label htmlFor={idOf("slug")} className="block font-semibold">{t("fields.slug")}</label>
            <p id={`${idOf("slug")}-help`} className="text-sm text-slate-700">{t("help.slug")}</p>
            <input id={idOf("slug")} name="slug" defaultValue={value("slug", document.slug)} className={input} aria-describedby={[`${idOf("slug")}-help`, described("slug")].filter(Boolean).join(" ")} aria-invalid={issuesOf("slug").length > 0 || undefined} />
            {problems("slug")}
            {theirs("slug") !== undefined && <p className="mt-1">{t("theirs")}: <code>{theirs("slug")}</code></p>}
          </div>
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
            <div key={name}>
              <label htmlFor={idOf(name)} className="block font-semibold">{t(`fields.${name}`)}</label>
              <select id={idOf(name)} name={name} defaultValue={value(name, facts[name])} className={input} aria-describedby={described(name)}>
                <option value="">{t("none")}</option>
                {options[name].map((o) => (
                  <option key={o.key} value={o.key}>{o.label}</option>
                ))}
              </select>
              {problems(name)}
            </div>
          ))}
          <div>
            <label htmlFor={idOf("createdOn")} className="block font-semibold">{t("fields.createdOn")}</label>
            <input id={idOf("createdOn")} name="createdOn" type="date" defaultValue={value("createdOn", typeof facts.createdOn === "string" ? facts.createdOn : undefined)} className={input} aria-describedby={described("createdOn")} />
            {problems("createdOn")}
          </div>
          <div>
            <label htmlFor={idOf("sourceUrl")} className="block font-semibold">{t("fields.sourceUrl")}</label>
            <input id={idOf("sourceUrl")} name="sourceUrl" type="url" defaultValue={value("sourceUrl", facts.sourceUrl)} className={input} aria-describedby={described("sourceUrl")} />
            {problems("sourceUrl")}
          </div>
          {(["brief", "evaluatedElsewhere"] as const).map((name) => (
            <label key={name} className="flex items-center gap-2">
              <input type="checkbox" name={name} defaultChecked={checked(name, facts[name] ?? false)} />
              {t(`fields.${name}`)}
            </label>
          ))}
        </div>
        {keyFields.map((name) => (
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
        <fieldset className="space-y-3">
          <legend className="font-semibold">{t("fields.inUse")}</legend>
          <p className="text-sm text-slate-700">{t("help.inUse")}</p>
          {adoptions.map((a, i) => (
            <fieldset key={i} className="grid gap-2 border-t border-slate-200 pt-2 md:grid-cols-4" id={idOf(`inUse.${i}`)}>
              <legend className="sr-only">{t("adoptionNumber", { number: i + 1 })}</legend>
              {(["organisation", "municipality", "wellbeingServicesCounty", "since"] as const).map((part) => {
                const name = `inUse.${i}.${part}`;
                const initial = value(name, a?.[part] === undefined ? undefined : String(a[part]));
                const field = { id: idOf(name), name, defaultValue: initial, className: input, "aria-describedby": described(name) };
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
        {theirs("facts") !== undefined && (
          <details className="rounded border border-slate-300 p-2">
            <summary>{t("theirsFacts")}</summary>
            <pre className="overflow-x-auto text-sm">{theirs("facts")}</pre>
          </details>
        )}
      </fieldset>

      {textKeys.map((field) => (
        <fieldset key={field} className="space-y-2 rounded-lg border border-slate-300 p-4">
          <legend className="px-1 text-xl font-bold">{t(`fields.${field}`)}</legend>
          <p className="text-slate-700">{t(`help.${field}`)}</p>
          <div className="grid gap-4 xl:grid-cols-3">
            {order.map((l) => {
              const name = `${l}.${field}`;
              const behind = l !== source && (lagging[l] ?? []).includes(field);
              const initial = field.startsWith("sections.")
                ? document.texts[l]?.sections[field.slice(9) as (typeof sectionKeys)[number]]
                : (document.texts[l]?.[field as "name"] ?? undefined);
              const other = theirs(name);
              const long = field !== "name" && field !== "implementationSite";
              return (
                <div key={l} lang={l}>
                  <label htmlFor={idOf(name)} className="block font-semibold" lang={locale}>
                    {languages(l)}
                    {l === source ? ` (${t("source")})` : l === "en" ? ` (${t("optional")})` : ""}
                  </label>
                  {behind && (
                    <p id={`${idOf(name)}-behind`} className="text-sm font-semibold text-amber-900" lang={locale}>
                      {t("behind")}
                    </p>
                  )}
                  {long ? (
                    <textarea id={idOf(name)} name={name} rows={field.startsWith("sections.") ? 8 : 3} defaultValue={value(name, initial)} className={input} aria-describedby={[behind ? `${idOf(name)}-behind` : "", described(name) ?? ""].filter(Boolean).join(" ") || undefined} aria-invalid={issuesOf(name).length > 0 || undefined} />
                  ) : (
                    <input id={idOf(name)} name={name} defaultValue={value(name, initial)} className={input} aria-describedby={[behind ? `${idOf(name)}-behind` : "", described(name) ?? ""].filter(Boolean).join(" ") || undefined} aria-invalid={issuesOf(name).length > 0 || undefined} />
                  )}
                  {problems(name)}
                  {other !== undefined && (
                    <div className="mt-2 rounded border border-amber-700 p-2" lang={locale}>
                      <p className="font-semibold">{t("theirs")}</p>
                      <p className="whitespace-pre-wrap" lang={l} data-testid={`theirs-${name}`}>{other || t("empty")}</p>
                      <button
                        type="button"
                        className="mt-1 rounded border border-brand px-3 py-1 font-semibold text-brand"
                        onClick={() => {
                          const target = globalThis.document.getElementById(idOf(name)) as HTMLInputElement | HTMLTextAreaElement | null;
                          if (target) target.value = other;
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
        <legend className="px-1 text-xl font-bold">{t("fields.references")}</legend>
        <p className="text-slate-700">{t("help.references")}</p>
        {references.map((r, i) => (
          <fieldset key={i} className="grid gap-2 border-t border-slate-200 pt-2 md:grid-cols-5" id={idOf(`references.${i}`)}>
            <legend className="sr-only">{t("referenceNumber", { number: i + 1 })}</legend>
            {(["title", "authors", "year", "publisher", "url"] as const).map((part) => {
              const name = `references.${i}.${part}`;
              return (
                <div key={part} className={part === "title" ? "md:col-span-2" : undefined}>
                  <label htmlFor={idOf(name)} className="block text-sm font-semibold">{t(`reference.${part}`)}</label>
                  <input id={idOf(name)} name={name} defaultValue={value(name, r?.[part] === undefined ? undefined : String(r[part]))} className={input} aria-describedby={described(name)} />
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
