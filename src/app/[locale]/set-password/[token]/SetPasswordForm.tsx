"use client";
// New password, twice. The rules are checked on the server; the messages say what to fix.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Locale } from "@/domain/locale";
import { setPasswordAction, type SetPasswordState } from "./actions";

export function SetPasswordForm({ locale, token }: { locale: Locale; token: string }) {
  const t = useTranslations("SetPasswordPage");
  const [state, action, pending] = useActionState(setPasswordAction, { error: null } satisfies SetPasswordState);
  return (
    <form action={action} className="max-w-sm space-y-4" aria-describedby={state.error ? "set-password-error" : undefined}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="new-password" className="block font-semibold">
          {t("password")}
        </label>
        <input id="new-password" name="password" type="password" autoComplete="new-password" minLength={12} required className="mt-1 w-full rounded border border-slate-500 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="confirm-password" className="block font-semibold">
          {t("confirm")}
        </label>
        <input id="confirm-password" name="confirm" type="password" autoComplete="new-password" minLength={12} required className="mt-1 w-full rounded border border-slate-500 px-3 py-2" />
      </div>
      <p id="set-password-error" role="alert" className="font-semibold text-red-800">
        {state.error && t(state.error)}
      </p>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        {t("submit")}
      </button>
    </form>
  );
}
