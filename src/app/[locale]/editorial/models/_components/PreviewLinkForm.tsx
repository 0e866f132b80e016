"use client";
// Makes a preview link and shows its address once, ready to copy (PreviewLinksPanel.tsx).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Locale } from "@/domain/locale";
import { fieldControl as input } from "../../_components/Field";
import { createPreviewLinkAction, type PreviewLinkFormState } from "../preview-link-actions";

const empty: PreviewLinkFormState = { url: null, problem: null };

export function PreviewLinkForm({ locale, modelId, defaultDays }: { locale: Locale; modelId: string; defaultDays: number }) {
  const t = useTranslations("PreviewLinks");
  const [state, action, pending] = useActionState(createPreviewLinkAction, empty);
  return (
    <div className="space-y-3">
      <form action={action} className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={modelId} />
        <div>
          <label htmlFor="preview-label" className="block font-semibold">{t("label")}</label>
          <input id="preview-label" name="label" required maxLength={120} className={input} aria-describedby={state.problem ? "preview-problem" : undefined} />
        </div>
        <div>
          <label htmlFor="preview-days" className="block font-semibold">{t("days")}</label>
          <input id="preview-days" name="days" type="number" min={1} max={90} defaultValue={defaultDays} required className={input} />
        </div>
        <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white">{t("create")}</button>
      </form>
      {state.problem && (
        <p id="preview-problem" role="alert" className="font-semibold text-red-800">{t(state.problem)}</p>
      )}
      {state.url && (
        <div role="status" className="space-y-1 rounded border-2 border-brand p-3">
          <p className="font-semibold">{t("created")}</p>
          <label htmlFor="preview-url" className="block">{t("link")}</label>
          <input id="preview-url" readOnly value={state.url} className={input} onFocus={(event) => event.currentTarget.select()} />
        </div>
      )}
    </div>
  );
}
