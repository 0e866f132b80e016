"use client";
// The current password, then the new one twice; the rules are checked on the server.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Locale } from "@/domain/locale";
import { changePasswordAction, type PasswordState } from "./actions";

const field = "mt-1 w-full rounded border border-slate-500 px-3 py-2";

export function PasswordForm({ locale }: { locale: Locale }) {
  const t = useTranslations("PasswordPage");
  const rules = useTranslations("SetPasswordPage");
  const [state, action, pending] = useActionState(changePasswordAction, { error: null } satisfies PasswordState);
  const message = state.error === "wrongCurrent" ? t("wrongCurrent") : state.error ? rules(state.error) : "";
  return (
    <form action={action} className="max-w-sm space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label htmlFor="current-password" className="block font-semibold">{t("current")}</label>
        <input id="current-password" name="current" type="password" autoComplete="current-password" required className={field} />
      </div>
      <div>
        <label htmlFor="new-password" className="block font-semibold">{rules("password")}</label>
        <input id="new-password" name="password" type="password" autoComplete="new-password" minLength={12} required className={field} />
      </div>
      <div>
        <label htmlFor="confirm-password" className="block font-semibold">{rules("confirm")}</label>
        <input id="confirm-password" name="confirm" type="password" autoComplete="new-password" minLength={12} required className={field} />
      </div>
      <p role="alert" className="font-semibold text-red-800">{message}</p>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        {rules("submit")}
      </button>
    </form>
  );
}
