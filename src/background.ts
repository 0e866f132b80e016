// What the server does besides answering requests, started once per server process by Next
// (src/instrumentation.ts), so that it shares the app's database client and modules instead
// of loading a second copy of them beside Next (60 MB of memory, measured in issue 14):
// - housekeeping, now and every hour: addresses older than the retention period leave the
//   audit log, failed sign-ins older than the throttle's window go (the privacy notice states
//   both), and translations behind their source for over 30 days are notified; idempotent,
//   so several instances doing it do no harm;
// - scheduled publishes and archivings (src/editorial/schedule.ts): every instance polls, each
//   due job is done once (src/jobs/runner.ts), and jobs that fell due while the app was down
//   are done on the first poll; after each poll, notifications waiting for a mail are mailed
//   (src/notifications/mail.ts: each claimed once, whichever instance gets it).
// The server (scripts/serve.ts) stops it before it exits (src/jobs/stop-background-work.ts), so
// that a poll under way finishes.
import { createMailer } from "@/auth/mail";
import { purgeAddresses } from "@/auth/retention";
import { forgetOldFailures } from "@/auth/throttle";
import { getAppDb } from "@/db/app";
import { notifyLaggingTranslations } from "@/editorial/lagging-translations";
import { editorialJobs } from "@/editorial/schedule";
import { env } from "@/env";
import { mailNotifications } from "@/notifications/mail";
import { startJobRunner } from "@/jobs/runner";
import { onStopBackgroundWork } from "@/jobs/stop-background-work";

const hourMs = 3600_000;

export function startBackgroundWork(): void {
  const housekeeping = () =>
    Promise.all([
      purgeAddresses(getAppDb(), env.PALASET_AUDIT_ADDRESS_MONTHS).catch((error: unknown) => console.error("address purge failed:", error)),
      forgetOldFailures(getAppDb()).catch((error: unknown) => console.error("clearing old sign-in failures failed:", error)),
      notifyLaggingTranslations(getAppDb()).catch((error: unknown) => console.error("notifying lagging translations failed:", error)),
    ]);
  void housekeeping();
  const hourly = setInterval(housekeeping, hourMs);
  hourly.unref();

  const mailer = createMailer(env.SMTP_URL, env.PALASET_MAIL_FROM);
  const jobs = startJobRunner(getAppDb(), editorialJobs, {
    pollMs: env.PALASET_JOB_POLL_MS,
    onPoll: () => mailNotifications(getAppDb(), mailer),
  });
  onStopBackgroundWork(async () => {
    clearInterval(hourly);
    await jobs.stop();
  });
}
