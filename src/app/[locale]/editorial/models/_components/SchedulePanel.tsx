// A model's pending schedule (a publish or an archiving at a set time) with a way to cancel
// it, and schedules that failed in the last 30 days with the reason. Times are Finnish time.
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/domain/locale";
import type { ModelSchedule } from "@/editorial/schedule";
import { workflowAction } from "../actions";

type Props = { locale: Locale; modelId: string; version: number; schedules: ModelSchedule[]; canPublish: boolean };

export async function SchedulePanel({ locale, modelId, version, schedules, canPublish }: Props) {
  if (schedules.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("Scheduling"), getFormatter()]);
  const time = (moment: Date) => format.dateTime(moment, { dateStyle: "long", timeStyle: "medium", timeZone: "Europe/Helsinki" });
  const pending = schedules.filter((s) => s.state === "PENDING");
  const failed = schedules.filter((s) => s.state === "FAILED");
  return (
    <section aria-labelledby="schedule-title" className="space-y-3 rounded-lg border border-slate-300 p-4" id="schedule">
      <h2 id="schedule-title" className="text-xl font-bold">{t("title")}</h2>
      {pending.map((s) => (
        <div key={s.id} className="space-y-2">
          <p>
            <strong>{t("pending")}:</strong>{" "}
            {t(s.kind === "model.archive" ? "pendingArchive" : "pendingPublish", { time: time(s.runAt), name: s.createdByName })}
          </p>
          {canPublish && (
            <form action={workflowAction}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="id" value={modelId} />
              <input type="hidden" name="baseVersion" value={version} />
              <input type="hidden" name="step" value="cancel-schedule" />
              <input type="hidden" name="job" value={s.id} />
              <button type="submit" className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">{t("cancel")}</button>
            </form>
          )}
        </div>
      ))}
      {failed.map((s) => (
        <p key={s.id} className="rounded border border-red-800 p-3">
          <strong className="text-red-800">{t("failed")}:</strong>{" "}
          {t(s.kind === "model.archive" ? "failedArchive" : "failedPublish", { time: time(s.runAt), reason: t(`failures.${s.failure ?? "error"}`) })}
        </p>
      ))}
    </section>
  );
}
