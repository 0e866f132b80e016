// The signed-in person's notifications (src/notifications): newest first, unread ones marked
// in words as well as weight; mark one or all read; and how they want them mailed.
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { accountLinks } from "@/auth/account-links";
import { requireViewer } from "@/auth/session";
import { locales } from "@/domain/locale";
import { localeFrom } from "@/i18n/params";
import { notifications } from "@/notifications/app";
import type { PageSearchParams } from "../../_components/record-page";
import { fieldControl as input } from "../_components/Field";
import { markReadAction, saveSettingAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "Notifications" });
  return { title: t("title") };
}

const mailChoices = ["EACH", "DIGEST", "OFF"] as const;

export default async function NotificationsPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const viewer = await requireViewer(locale, "/editorial/notifications");
  const [entries, setting, t, languages, format, query] = await Promise.all([
    notifications.list(viewer, locale),
    notifications.setting(viewer),
    getTranslations("Notifications"),
    getTranslations("Languages"),
    getFormatter(),
    searchParams,
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short" });
  const unread = entries.filter((e) => !e.read).length;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      <p>{t("lead")}</p>
      {query.done === "read" && <p role="status">{t("marked")}</p>}
      {query.done === "saved" && <p role="status">{t("saved")}</p>}
      {entries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          {unread > 0 && (
            <form action={markReadAction}>
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">{t("markAllRead")}</button>
            </form>
          )}
          <ul className="space-y-3" aria-label={t("title")}>
            {entries.map((e) => (
              <li key={e.id} className={`rounded-lg border p-3 ${e.read ? "border-slate-300" : "border-brand border-l-8"}`}>
                <p className={e.read ? "" : "font-semibold"}>
                  {!e.read && <span className="mr-2 rounded bg-brand px-2 py-0.5 text-sm font-bold text-white">{t("unread")}</span>}
                  <span id={`notification-${e.id}`}>{e.line}</span>
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-4 text-sm">
                  <time dateTime={e.createdAt.toISOString()}>{when(e.createdAt)}</time>
                  <a href={e.link} className="font-semibold text-brand underline" aria-describedby={`notification-${e.id}`}>{t("open")}</a>
                </p>
                {!e.read && (
                  <form action={markReadAction} className="mt-2">
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="id" value={e.id} />
                    <button type="submit" aria-describedby={`notification-${e.id}`} className="rounded border border-brand px-3 py-1 text-sm font-semibold text-brand hover:bg-slate-100">
                      {t("markRead")}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <section aria-labelledby="mail-settings" className="space-y-3 rounded-lg border border-slate-300 p-4">
        <h2 id="mail-settings" className="text-xl font-bold">{t("settingsTitle")}</h2>
        {!accountLinks.canMail() && <p>{t("noMail")}</p>}
        <form action={saveSettingAction} className="space-y-3">
          <input type="hidden" name="locale" value={locale} />
          <fieldset>
            <legend className="font-semibold">{t("mail")}</legend>
            {mailChoices.map((choice) => (
              <label key={choice} className="flex items-center gap-2 py-1">
                <input type="radio" name="mail" value={choice} defaultChecked={setting.mail === choice} />
                {t(`mailChoices.${choice}`)}
              </label>
            ))}
          </fieldset>
          <div>
            <label htmlFor="mail-language" className="block font-semibold">{t("language")}</label>
            <select id="mail-language" name="mailLocale" defaultValue={setting.locale} className={input}>
              {locales.map((l) => (
                <option key={l} value={l}>{languages(l)}</option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">{t("save")}</button>
        </form>
      </section>
    </div>
  );
}
