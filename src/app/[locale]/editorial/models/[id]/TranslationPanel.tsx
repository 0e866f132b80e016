// Translation hand-off on a model's page (src/editorial/xliff.ts): for each language other than
// the source, how many fields are behind, a download of their XLIFF file for a translator, and
// when a translation was asked for; and a form to take a translated file back into the draft.
import { getFormatter, getTranslations } from "next-intl/server";
import { locales, type Locale } from "@/domain/locale";
import type { EditorModel } from "@/editorial/models";
import { fieldsToTranslate } from "@/editorial/xliff";
import { fieldControl } from "../../_components/Field";
import { importTranslationAction } from "../translation-actions";

type Props = { locale: Locale; model: EditorModel; requests: { locale: Locale; requestedAt: Date; requestedByName: string }[]; canEdit: boolean };

export async function TranslationPanel({ locale, model, requests, canEdit }: Props) {
  const [t, languages, format] = await Promise.all([getTranslations("Translations"), getTranslations("Languages"), getFormatter()]);
  const targets = locales.filter((l) => l !== model.sourceLocale);
  return (
    <section aria-labelledby="translations-title" id="translations" className="space-y-3 rounded-lg border border-slate-300 p-4">
      <h2 id="translations-title" className="text-2xl font-bold">{t("title")}</h2>
      <p className="max-w-3xl">{t("lead", { source: languages(model.sourceLocale) })}</p>
      <ul className="space-y-2">
        {targets.map((target) => {
          const count = fieldsToTranslate(model, target).length;
          const request = requests.find((r) => r.locale === target);
          return (
            <li key={target}>
              <span className="font-semibold">{languages(target)}:</span> {count === 0 ? t("upToDate") : t("behind", { count })}
              {count > 0 && (
                <>
                  {" "}
                  <a href={`/api/editorial/models/${model.id}/xliff?target=${target}`} className="font-semibold text-brand underline" download>
                    {t("download", { language: languages(target) })}
                  </a>
                </>
              )}
              {request && <span className="block text-sm">{t("requested", { date: format.dateTime(request.requestedAt, { dateStyle: "short", timeZone: "Europe/Helsinki" }), name: request.requestedByName })}</span>}
            </li>
          );
        })}
      </ul>
      {canEdit && (
        <form action={importTranslationAction} className="space-y-2">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={model.id} />
          <input type="hidden" name="baseVersion" value={model.version} />
          <label htmlFor="xliff-file" className="block font-semibold">{t("file")}</label>
          <input id="xliff-file" name="file" type="file" accept=".xlf,.xliff,application/xliff+xml" required aria-describedby="xliff-help" className={fieldControl} />
          <p id="xliff-help" className="text-sm text-slate-700">{t("fileHelp")}</p>
          <button type="submit" className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">{t("import")}</button>
        </form>
      )}
    </section>
  );
}
