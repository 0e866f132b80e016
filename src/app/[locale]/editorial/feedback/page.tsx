// Readers' feedback for admins: the messages sent with the accessibility statement's form,
// newest first, each with a button that marks it handled.
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { may } from "@/auth/permissions";
import { requireViewer } from "@/auth/session";
import { feedback } from "@/feedback/app";
import { localeFrom } from "@/i18n/params";
import type { PageSearchParams } from "../../_components/record-page";
import { markHandledAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "FeedbackPage" });
  return { title: t("title") };
}

export default async function FeedbackPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const viewer = await requireViewer(locale, "/editorial/feedback");
  if (!may(viewer, "feedback.read")) forbidden();
  const [messages, t, languages, format, query] = await Promise.all([
    feedback.list(viewer),
    getTranslations("FeedbackPage"),
    getTranslations("Languages"),
    getFormatter(),
    searchParams,
  ]);
  const marked = typeof query.marked === "string" && messages.some((m) => m.id === query.marked && m.handled);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short" });
  const language = (code: string) => (code === "fi" || code === "sv" || code === "en" ? languages(code) : code);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      <p>{t("lead")}</p>
      {marked && <p role="status">{t("marked")}</p>}
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-4">
          {messages.map((m) => (
            <li key={m.id}>
              <article aria-labelledby={`feedback-${m.id}`} className="rounded-lg border border-slate-300 p-4">
                <h2 id={`feedback-${m.id}`} className="font-bold">
                  {t("received")}: {when(m.createdAt)}
                </h2>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                  <dt className="font-semibold">{t("language")}</dt>
                  <dd>{language(m.locale)}</dd>
                  <dt className="font-semibold">{t("page")}</dt>
                  <dd>{m.page}</dd>
                  <dt className="font-semibold">{t("replyTo")}</dt>
                  <dd>{m.replyTo ?? t("noReplyTo")}</dd>
                </dl>
                <p className="mt-3 whitespace-pre-wrap">{m.message}</p>
                {m.handled ? (
                  <p className="mt-3 text-sm">{t("handledBy", { date: when(m.handled.at), name: m.handled.by })}</p>
                ) : (
                  <form action={markHandledAction} className="mt-3 flex items-center gap-3">
                    <span className="text-sm font-semibold">{t("open")}</span>
                    <input type="hidden" name="id" value={m.id} />
                    <input type="hidden" name="locale" value={locale} />
                    <button type="submit" aria-describedby={`feedback-${m.id}`} className="rounded border border-brand px-3 py-1 font-semibold text-brand hover:bg-slate-100">
                      {t("markHandled")}
                    </button>
                  </form>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
