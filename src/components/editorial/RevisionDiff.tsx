// Two revisions of a model description compared (src/editorial/diff.ts), for the editors'
// history page: the facts shared by all languages, then each language's changed fields under
// their own headings, removed and added words marked in place. The page gives the h1.
import { useTranslations } from "next-intl";
import { InLanguage } from "@/components/i18n/TranslatedText";
import { locales, type Locale } from "@/domain/locale";
import type { DocumentComparison, FactChange, FactValue, TextChange } from "@/editorial/diff";
import { Change, DiffText } from "./DiffText";
import { useFieldLabel } from "./field-label";

const groupHeading = "text-xl font-bold";

function FactRow({ change, label }: { change: FactChange; label: string }) {
  const t = useTranslations("RevisionDiff");
  const shown = (value: Exclude<FactValue, null>) => (typeof value === "boolean" ? t(value ? "yes" : "no") : value);
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr]">
      <dt className="font-semibold">{label}</dt>
      <dd className="flex flex-wrap gap-x-2 wrap-anywhere">
        {change.before !== null && <Change kind="removed">{shown(change.before)}</Change>}
        {change.after !== null && <Change kind="added">{shown(change.after)}</Change>}
      </dd>
    </div>
  );
}

function TextField({ change, label }: { change: TextChange; label: string }) {
  const t = useTranslations("RevisionDiff");
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">{label}</h3>
      {change.tooLarge && (
        <p role="note" className="text-sm text-slate-700">
          {t("tooLarge")}
        </p>
      )}
      <InLanguage textLocale={change.locale} className="whitespace-pre-wrap wrap-anywhere rounded border border-slate-300 p-3 leading-relaxed">
        <DiffText parts={change.parts} />
      </InLanguage>
    </div>
  );
}

export function RevisionDiff({ comparison }: { comparison: DocumentComparison }) {
  const t = useTranslations("RevisionDiff");
  const label = useFieldLabel();
  const { changes, unchanged, addedLocales, removedLocales } = comparison;
  if (changes.length === 0) return <p>{t("noChanges")}</p>;
  const facts = changes.filter((change) => change.kind === "fact");
  const texts = changes.filter((change) => change.kind === "text");
  const localeNote = (locale: Locale) =>
    addedLocales.includes(locale) ? t("localeAdded") : removedLocales.includes(locale) ? t("localeRemoved") : null;
  return (
    <div className="space-y-10">
      <p>{t("summary", { changed: changes.length, unchanged })}</p>
      {facts.length > 0 && (
        <section className="space-y-3">
          <h2 className={groupHeading}>{t("facts")}</h2>
          <dl className="divide-y divide-slate-200">
            {facts.map((change, i) => (
              <FactRow key={i} change={change} label={label(change)} />
            ))}
          </dl>
        </section>
      )}
      {locales.map((locale) => {
        const inLocale = texts.filter((change) => change.locale === locale);
        if (inLocale.length === 0) return null;
        const note = localeNote(locale);
        return (
          <section key={locale} className="space-y-6">
            <h2 className={groupHeading}>{t(`texts.${locale}`)}</h2>
            {note && <p className="font-semibold">{note}</p>}
            {inLocale.map((change, i) => (
              <TextField key={i} change={change} label={label(change)} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
