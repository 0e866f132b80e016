"use client";
// The steps of setting up an authenticator app: password, then the QR code (or the key) with
// the recovery codes, then the first code from the app.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { enrolmentAction, type EnrolmentState } from "./actions";

const field = "mt-1 w-full rounded border border-slate-500 px-3 py-2";
const button = "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark";

export function EnrolmentForm() {
  const t = useTranslations("SecondFactorPage");
  const [state, action, pending] = useActionState(enrolmentAction, { step: "password", error: null } satisfies EnrolmentState);
  if (state.step === "password") {
    return (
      <form action={action} className="max-w-sm space-y-4">
        <div>
          <label htmlFor="enrol-password" className="block font-semibold">{t("password")}</label>
          <input id="enrol-password" name="password" type="password" autoComplete="current-password" required className={field} />
        </div>
        <p role="alert" className="font-semibold text-red-800">{state.error ? t(state.error) : ""}</p>
        <button type="submit" disabled={pending} className={button}>{t("start")}</button>
      </form>
    );
  }
  return (
    <div className="space-y-4">
      <p>{t("scan")}</p>
      <div className="flex flex-wrap items-start gap-6">
        {/* The SVG comes from the qrcode library on our server, not from any user input. */}
        <div role="img" aria-label={t("qr")} className="w-48" dangerouslySetInnerHTML={{ __html: state.qrSvg }} />
        <code data-testid="totp-secret" className="break-all rounded bg-slate-100 p-2 text-lg">{state.secret}</code>
      </div>
      <section aria-labelledby="recovery-title">
        <h2 id="recovery-title" className="text-xl font-bold">{t("recoveryCodes")}</h2>
        <p>{t("recoveryHelp")}</p>
        <ul className="mt-2 grid grid-cols-2 gap-1 font-mono sm:grid-cols-5" data-testid="recovery-codes">
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
      </section>
      <form action={action} className="max-w-sm space-y-4">
        <div>
          <label htmlFor="enrol-code" className="block font-semibold">{t("code")}</label>
          <input id="enrol-code" name="code" autoComplete="one-time-code" inputMode="numeric" pattern="[0-9]{6}" required className={field} />
        </div>
        <p role="alert" className="font-semibold text-red-800">{state.error ? t(state.error) : ""}</p>
        <button type="submit" disabled={pending} className={button}>{t("confirm")}</button>
      </form>
    </div>
  );
}
