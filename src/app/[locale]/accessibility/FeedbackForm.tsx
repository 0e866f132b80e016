"use client";
// The feedback form of the accessibility statement. It posts to a server action, so it works
// without JavaScript too; the outcome is announced (a status, or an alert with the fields kept).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Locale } from "@/domain/locale";
import { honeypotField, initialFeedbackState } from "@/feedback/form-state";
import { sendFeedbackAction } from "./actions";

const errorMessages = { invalid: "invalid", "too-many": "tooMany", spam: "spam" } as const;

export function FeedbackForm({ locale, page }: { locale: Locale; page: string }) {
  const t = useTranslations("AccessibilityPage");
  const [state, action, pending] = useActionState(sendFeedbackAction, initialFeedbackState);
  const error = state.status === "idle" || state.status === "sent" ? null : errorMessages[state.status];
  const failed = error !== null;
  if (state.status === "sent") {
    return (
      <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3">
        {t("sent")}
      </p>
    );
  }
  return (
    <form action={action} className="mt-4 space-y-4" aria-describedby="feedback-lead">
      <p id="feedback-lead">{t("formLead")}</p>
      {error && (
        <p role="alert" id="feedback-error" className="rounded border border-red-700 bg-red-50 p-3">
          {t(error)}
        </p>
      )}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="page" value={page} />
      <div>
        <label htmlFor="feedback-message" className="block font-semibold">
          {t("message")}
        </label>
        <textarea
          id="feedback-message"
          name="message"
          required
          maxLength={4000}
          rows={6}
          defaultValue={state.values.message}
          aria-describedby={failed ? "feedback-message-help feedback-error" : "feedback-message-help"}
          aria-invalid={state.status === "invalid" || undefined}
          className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
        />
        <p id="feedback-message-help" className="text-sm text-slate-700">
          {t("messageHelp")}
        </p>
      </div>
      <div>
        <label htmlFor="feedback-reply-to" className="block font-semibold">
          {t("replyTo")}
        </label>
        <input
          id="feedback-reply-to"
          name="replyTo"
          type="email"
          autoComplete="email"
          defaultValue={state.values.replyTo}
          className="mt-1 w-full max-w-md rounded border border-slate-500 px-3 py-2"
        />
      </div>
      {/* A field people never see; robots that fill every field give themselves away. */}
      <div className="hidden">
        <label htmlFor="feedback-website">{t("website")}</label>
        <input id="feedback-website" name={honeypotField} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
