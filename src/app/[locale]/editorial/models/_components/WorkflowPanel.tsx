// The steps a model can take from where it is, for those who may take them: send for review,
// return with a note, publish chosen languages with a change note (or as a minor change),
// unpublish and archive, now or at a set time (./SchedulePanel.tsx shows what is pending). Plain forms: they work without JavaScript.
import { getTranslations } from "next-intl/server";
import { locales, type Locale } from "@/domain/locale";
import type { EditorModel } from "@/editorial/models";
import type { ReviewNeed } from "@/editorial/unreviewed";
import type { Option } from "@/editorial/options";
import { fieldControl as input } from "../../_components/Field";
import { workflowAction } from "../actions";

type Props = {
  locale: Locale;
  model: EditorModel;
  canEdit: boolean;
  canPublish: boolean;
  /** How the viewer's publish would be reviewed (src/editorial/unreviewed.ts); null when they may not publish. */
  reviewNeed: ReviewNeed | null;
  /** Admins: the organisations a model can be moved to. */
  transferTo: Option[] | null;
};

/** What the two ways off the catalogue say. */
const withdrawTexts = {
  unpublish: { help: "unpublishHelp", confirm: "unpublishConfirm" },
  archive: { help: "archiveHelp", confirm: "archiveConfirm" },
} as const;

const button = "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark";

export async function WorkflowPanel({ locale, model, canEdit, canPublish, reviewNeed, transferTo }: Props) {
  const [t, s, languages] = await Promise.all([getTranslations("Workflow"), getTranslations("Scheduling"), getTranslations("Languages")]);
  const hidden = (step: string) => (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={model.id} />
      <input type="hidden" name="baseVersion" value={model.version} />
      <input type="hidden" name="step" value={step} />
    </>
  );
  const inReview = model.state === "IN_REVIEW";
  // Four eyes: a publisher publishes what someone else sent; their own text only when nobody else could review it, with a reason.
  const alone = reviewNeed === "alone" && (inReview || model.state === "DRAFT");
  const publishable = canPublish && ((inReview && reviewNeed === "reviewed") || alone);
  const canSubmit = canEdit && (model.state === "DRAFT" || (model.state === "PUBLISHED" && model.pending.length > 0));
  const present = locales.filter((l) => model.document.texts[l]);
  if (!canSubmit && !transferTo && !(canPublish && (inReview || alone || model.liveState === "PUBLISHED"))) return null;
  const developers = model.document.facts.developers ?? [];
  return (
    <section aria-labelledby="workflow-title" className="space-y-4 rounded-lg border border-slate-300 p-4">
      <h2 id="workflow-title" className="text-xl font-bold">{t("title")}</h2>
      {canSubmit && (
        <form action={workflowAction}>
          {hidden("submit")}
          <p className="mb-2">{t("submitHelp")}</p>
          <button type="submit" className={button}>{t("submit")}</button>
        </form>
      )}
      {canPublish && inReview && reviewNeed === "needs-another" && <p className="border-t border-slate-200 pt-3">{t("needsAnother")}</p>}
      {publishable && (
        <form action={workflowAction} className="space-y-3 border-t border-slate-200 pt-3">
          {hidden("publish")}
          <fieldset>
            <legend className="font-semibold">{t("publishLocales")}</legend>
            {present.map((l) => (
              <label key={l} className="mr-4 inline-flex items-center gap-2">
                <input type="checkbox" name={`publish.${l}`} defaultChecked={model.pending.includes(l)} />
                {languages(l)}
              </label>
            ))}
          </fieldset>
          <fieldset className="space-y-2">
            <legend className="font-semibold">{t("changeNote")}</legend>
            <p className="text-sm text-slate-700">{t("changeNoteHelp")}</p>
            {present.map((l) => (
              <div key={l}>
                <label htmlFor={`change-note-${l}`} className="block text-sm font-semibold">{languages(l)}</label>
                <input id={`change-note-${l}`} name={`changeNote.${l}`} lang={l} className={input} />
              </div>
            ))}
            <label className="flex items-center gap-2">
              <input type="checkbox" name="minor" />
              {t("minor")}
            </label>
          </fieldset>
          {alone && (
            <fieldset className="space-y-2 rounded border border-amber-700 p-3">
              <legend className="font-semibold">{t("alone")}</legend>
              <p id="alone-help" className="text-sm text-slate-700">{t("aloneHelp")}</p>
              <label htmlFor="unreviewed-reason" className="block text-sm font-semibold">{t("aloneReason")}</label>
              <textarea id="unreviewed-reason" name="unreviewedReason" rows={2} required aria-describedby="alone-help" className={input} />
            </fieldset>
          )}
          {/* First in the form: Enter in any of its fields schedules (and asks for a time) rather than publishing at once. */}
          <fieldset className="space-y-2 rounded border border-slate-300 p-3">
            <legend className="font-semibold">{s("schedulePublish")}</legend>
            <p className="text-sm text-slate-700">{s("schedulePublishHelp")}</p>
            <label htmlFor="publish-when" className="block text-sm font-semibold">{s("when")}</label>
            <input id="publish-when" type="datetime-local" name="when" step={1} className={input} />
            <button type="submit" name="intent" value="schedule" className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">
              {s("schedulePublish")}
            </button>
          </fieldset>
          <button type="submit" name="intent" value="now" className={button}>{t("publish")}</button>
        </form>
      )}
      {canPublish && inReview && (
        <form action={workflowAction} className="space-y-2 border-t border-slate-200 pt-3">
          {hidden("return")}
          <label htmlFor="return-note" className="block font-semibold">{t("returnNote")}</label>
          <textarea id="return-note" name="note" rows={3} required className={input} />
          <button type="submit" className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">{t("return")}</button>
        </form>
      )}
      {canPublish && model.liveState === "PUBLISHED" && (
        <div className="space-y-2 border-t border-slate-200 pt-3">
          {(["unpublish", "archive"] as const).map((step) => (
            // Taking a model off the catalogue asks for a reason first, and a second click.
            <details key={step}>
              <summary className="cursor-pointer font-semibold text-red-800">{t(step)}</summary>
              <form action={workflowAction} className="mt-2 space-y-2">
                {hidden(step)}
                <p className="text-sm text-slate-700">{t(withdrawTexts[step].help)}</p>
                <label htmlFor={`${step}-note`} className="block font-semibold">{t("withdrawNote")}</label>
                <input id={`${step}-note`} name="note" required className={input} />
                <button type="submit" className="rounded border-2 border-red-800 px-4 py-2 font-semibold text-red-800">{t(withdrawTexts[step].confirm)}</button>
              </form>
            </details>
          ))}
          <details>
            <summary className="cursor-pointer font-semibold">{s("scheduleArchive")}</summary>
            <form action={workflowAction} className="mt-2 space-y-2">
              {hidden("schedule-archive")}
              <p className="text-sm text-slate-700">{s("scheduleArchiveHelp")}</p>
              <label htmlFor="archive-when" className="block font-semibold">{s("when")}</label>
              <input id="archive-when" type="datetime-local" name="when" step={1} required className={input} />
              <label htmlFor="schedule-archive-note" className="block font-semibold">{t("withdrawNote")}</label>
              <input id="schedule-archive-note" name="note" required className={input} />
              <button type="submit" className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">{s("scheduleArchiveConfirm")}</button>
            </form>
          </details>
        </div>
      )}
      {transferTo && (
        <form action={workflowAction} className="space-y-2 border-t border-slate-200 pt-3">
          {hidden("transfer")}
          <fieldset>
            <legend className="font-semibold">{t("transferTo")}</legend>
            <p className="text-sm text-slate-700">{t("transferHelp")}</p>
            <div className="mt-1 grid gap-x-4 sm:grid-cols-2">
              {transferTo.map((o) => (
                <label key={o.key} className="flex items-center gap-2 py-1">
                  <input type="checkbox" name="organisations" value={o.key} defaultChecked={developers.includes(o.key)} />
                  {o.label}
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">{t("transfer")}</button>
        </form>
      )}
    </section>
  );
}
