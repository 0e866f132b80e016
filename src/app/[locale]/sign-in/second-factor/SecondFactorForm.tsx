"use client";
// The code from the authenticator app (or a recovery code). With JavaScript it posts JSON and
// answers in place; without, the form posts to the same address and comes back.
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { Locale } from "@/domain/locale";

export function SecondFactorForm({ locale, next, invalid }: { locale: Locale; next: string; invalid: boolean }) {
  const t = useTranslations("SecondFactorSignIn");
  const [error, setError] = useState(invalid);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const response = await fetch("/api/sign-in/second-factor", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: form.get("code"), recovery: form.get("recovery") === "on", locale, next }),
    }).catch(() => null);
    if (response?.ok) {
      const body: { redirect: string } = await response.json();
      window.location.assign(body.redirect);
      return;
    }
    setError(true);
    setBusy(false);
  }

  return (
    <form method="post" action="/api/sign-in/second-factor" onSubmit={submit} className="max-w-sm space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      <div>
        <label htmlFor="code" className="block font-semibold">
          {t("code")}
        </label>
        <input id="code" name="code" autoComplete="one-time-code" inputMode="text" required autoFocus className="mt-1 w-full rounded border border-slate-500 px-3 py-2 tracking-widest" />
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="recovery" className="size-4" />
        {t("recovery")}
      </label>
      <p id="second-factor-error" role="alert" className="font-semibold text-red-800">
        {error ? t("invalid") : ""}
      </p>
      <button type="submit" disabled={busy} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        {t("submit")}
      </button>
    </form>
  );
}
