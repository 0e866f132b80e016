"use client";
// The reset request form; works without JavaScript too (a server action posted by the form).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Locale } from "@/domain/locale";
import { requestResetAction, type ForgotState } from "./actions";

export function ForgotPasswordForm({ locale }: { locale: Locale }) {
  const t = useTranslations("ForgotPasswordPage");
  const [state, action, pending] = useActionState(requestResetAction, { sent: false, invalid: false } satisfies ForgotState);
  if (state.sent) return <p role="status">{t("sent")}</p>;
  return (
    <form action={action} className="max-w-sm space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label htmlFor="forgot-email" className="block font-semibold">
          {t("email")}
        </label>
        <input id="forgot-email" name="email" type="email" autoComplete="username" required aria-invalid={state.invalid || undefined} className="mt-1 w-full rounded border border-slate-500 px-3 py-2" />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        {t("submit")}
      </button>
    </form>
  );
}
