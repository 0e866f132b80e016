// What is kept and for how long, with the periods this installation is configured for, so that
// the notice and the server agree (PALASET_SERVER_LOG_DAYS, PALASET_SESSION_IDLE_HOURS,
// PALASET_AUDIT_ADDRESS_MONTHS; failed sign-ins follow src/auth/throttle.ts).
import { useTranslations } from "next-intl";

type Props = { serverLogDays?: number; sessionIdleHours: number; auditAddressMonths: number };

const rows = ["serverLogs", "localeCookie", "account", "session", "auditLog", "signInFailures"] as const;

export function RetentionTable({ serverLogDays, sessionIdleHours, auditAddressMonths }: Props) {
  const t = useTranslations("PrivacyPage.retention");
  const period = {
    serverLogs: serverLogDays === undefined ? t("serverLogs.periodNotConfigured") : t("serverLogs.period", { days: serverLogDays }),
    localeCookie: t("localeCookie.period"),
    account: t("account.period"),
    session: t("session.period", { hours: sessionIdleHours, months: auditAddressMonths }),
    auditLog: t("auditLog.period", { months: auditAddressMonths }),
    signInFailures: t("signInFailures.period"),
  };
  return (
    <section aria-labelledby="retention-title" className="max-w-3xl space-y-2">
      <h2 id="retention-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4">{t("data")}</th>
              <th scope="col" className="py-2 pr-4">{t("whose")}</th>
              <th scope="col" className="py-2">{t("period")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-4 font-semibold">{t(`${row}.data`)}</th>
                <td className="py-2 pr-4">{t(`${row}.whose`)}</td>
                <td className="py-2">{period[row]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
