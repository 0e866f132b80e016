"use client";
// Keeps the working area's session alive while the person works in it, warns before it ends for
// lack of activity and lets them continue it; once it has ended, says so and offers sign-in in a
// new tab, so that whatever is typed on this page stays here to be saved after signing in again.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { z } from "zod";

// zod compiles its parsers with eval where it may; the page's policy refuses eval, and the
// refused attempt would be reported as a violation. This parses one small answer: no need.
z.config({ jitless: true });

const warnBeforeMs = 5 * 60_000;
const sessionSchema = z.object({ session: z.object({ expiresAt: z.coerce.date() }) });

export function SessionTimer({ expiresAt, signInHref }: { expiresAt: string; signInHref: string }) {
  const t = useTranslations("SessionTimer");
  const [expiry, setExpiry] = useState(() => new Date(expiresAt).getTime());
  const [now, setNow] = useState(() => Date.now());
  const phase = now >= expiry ? "ended" : now >= expiry - warnBeforeMs ? "warning" : "active";

  useEffect(() => {
    if (phase === "ended") return;
    // Wake up when the warning is due; during the warning, often enough to count the minutes down.
    const delay = phase === "active" ? expiry - warnBeforeMs - now : Math.min(15_000, expiry - now);
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, delay));
    return () => clearTimeout(timer);
  }, [phase, expiry, now]);

  // A page view is activity: renew the session (and its cookie, which only a route handler can
  // set; pages cannot) when it is due.
  useEffect(() => {
    void continueSession();
  }, []);

  async function continueSession() {
    const response = await fetch("/api/auth/get-session", { cache: "no-store" }).catch(() => null);
    const body = response?.ok ? sessionSchema.safeParse(await response.json()) : null;
    // No session any more: it has ended (expiry 0 is in the past).
    setExpiry(body?.success ? body.data.session.expiresAt.getTime() : 0);
    setNow(Date.now());
  }

  if (phase === "active") return null;
  return (
    <div role="alertdialog" aria-labelledby="session-timer-text" className="fixed inset-x-4 bottom-4 z-30 mx-auto max-w-xl rounded-lg border-2 border-accent bg-amber-50 p-4 shadow-lg">
      <p id="session-timer-text" className="font-semibold">
        {phase === "warning" ? t("warning", { minutes: Math.max(1, Math.ceil((expiry - now) / 60_000)) }) : t("ended")}
      </p>
      <div className="mt-3">
        {phase === "warning" ? (
          <button type="button" onClick={continueSession} autoFocus className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
            {t("continue")}
          </button>
        ) : (
          <a href={signInHref} target="_blank" rel="noopener" className="font-semibold text-brand underline">
            {t("signIn")}
          </a>
        )}
      </div>
    </div>
  );
}
