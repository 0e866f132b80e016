"use client";
// The sign-in form. With JavaScript it posts JSON to /api/sign-in and shows the answer in
// place (401: wrong address or password; 429: wait, for as long as Retry-After says); without,
// the same form posts to the same address and comes back with the reason in the URL.
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { Locale } from "@/domain/locale";

export type SignInError = { kind: "invalid" } | { kind: "throttled"; minutes: number } | { kind: "failed" } | { kind: "sso" };

type Props = { locale: Locale; next: string; initialError: SignInError | null; notice: string | null };

export function SignInForm({ locale, next, initialError, notice }: Props) {
  const t = useTranslations("SignInPage");
  const [error, setError] = useState<SignInError | null>(initialError);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/sign-in", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password"), locale, next }),
      });
      if (response.ok) {
        const body: { redirect: string } = await response.json();
        window.location.assign(body.redirect);
        return;
      }
      if (response.status === 429) {
        setError({ kind: "throttled", minutes: Math.max(1, Math.ceil(Number(response.headers.get("retry-after") ?? "60") / 60)) });
      } else setError(response.status === 401 ? { kind: "invalid" } : { kind: "failed" });
    } catch {
      setError({ kind: "failed" });
    }
    setBusy(false);
  }

  const message =
    error && (error.kind === "throttled" ? t("throttled", { minutes: error.minutes }) : error.kind === "sso" ? t("ssoFailed") : t(error.kind));
  return (
    <form method="post" action="/api/sign-in" onSubmit={submit} className="max-w-sm space-y-4" aria-describedby={message ? "sign-in-error" : undefined}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      {notice && <p role="status">{notice}</p>}
      <div>
        <label htmlFor="email" className="block font-semibold">
          {t("email")}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className="mt-1 w-full rounded border border-slate-500 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="block font-semibold">
          {t("password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="mt-1 w-full rounded border border-slate-500 px-3 py-2" />
      </div>
      <p id="sign-in-error" role="alert" className="font-semibold text-red-800">
        {message}
      </p>
      <button type="submit" disabled={busy} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70">
        {busy ? t("signingIn") : t("submit")}
      </button>
    </form>
  );
}
