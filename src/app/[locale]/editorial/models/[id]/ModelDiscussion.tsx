// The review discussion on a model's page (src/editorial/discussion.ts): threads on the whole
// draft or on one field in one language, each with its revision, replies, and a way to resolve
// or reopen it; resolved threads fold away. A form starts a thread on any part. The form beside
// each field links to that field's open threads (ModelForm's `openThreads`).
import { getFormatter, getTranslations } from "next-intl/server";
import { may, type Viewer } from "@/auth/permissions";
import { locales, type Locale } from "@/domain/locale";
import { textFieldKeys } from "@/domain/model";
import type { Thread } from "@/editorial/discussion";
import { fieldControl } from "../../_components/Field";
import { remarkAction, resolveAction } from "../discussion-actions";

type Props = { locale: Locale; viewer: Viewer; modelId: string; organisationIds: string[]; threads: Thread[] };

export async function ModelDiscussion({ locale, viewer, modelId, organisationIds, threads }: Props) {
  const [t, fields, languages, format] = await Promise.all([getTranslations("Discussion"), getTranslations("ModelEditor.fields"), getTranslations("Languages"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Helsinki" });
  const target = { organisationIds };
  const canRemark = may(viewer, "editorial.comment", target);
  const canEdit = may(viewer, "model.edit", target);
  const about = (thread: Thread) => (thread.field && thread.locale ? t("onField", { field: fields(thread.field), language: languages(thread.locale) }) : t("onDraft"));
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={modelId} />
    </>
  );
  const button = "rounded border border-brand px-3 py-1 text-sm font-semibold text-brand hover:bg-slate-100";
  const body = (thread: Thread) => (
    <>
      <p className="text-sm text-slate-700">
        {about(thread)} · {t("byline", { name: thread.authorName, time: when(thread.createdAt), revision: thread.revisionNumber ?? 0 })}
      </p>
      <p className="whitespace-pre-line">{thread.body}</p>
      {thread.replies.length > 0 && (
        <ol className="ml-4 space-y-2 border-l-2 border-slate-300 pl-3" aria-label={t("replies")}>
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              <p className="text-sm text-slate-700">{t("byline", { name: reply.authorName, time: when(reply.createdAt), revision: reply.revisionNumber ?? 0 })}</p>
              <p className="whitespace-pre-line">{reply.body}</p>
            </li>
          ))}
        </ol>
      )}
      <div className="flex flex-wrap items-end gap-3">
        {canRemark && !thread.resolvedAt && (
          <form action={remarkAction} className="grow space-y-1">
            {hidden}
            <input type="hidden" name="parentId" value={thread.id} />
            <label htmlFor={`reply-${thread.id}`} className="block text-sm font-semibold">{t("reply")}</label>
            <textarea id={`reply-${thread.id}`} name="body" rows={2} required className={fieldControl} />
            <button type="submit" className={button}>{t("sendReply")}</button>
          </form>
        )}
        {(canEdit || (canRemark && thread.authorId === viewer.id)) && (
          <form action={resolveAction}>
            {hidden}
            <input type="hidden" name="thread" value={thread.id} />
            <input type="hidden" name="resolved" value={thread.resolvedAt ? "no" : "yes"} />
            <button type="submit" className={button}>{thread.resolvedAt ? t("reopen") : t("resolve")}</button>
          </form>
        )}
      </div>
    </>
  );
  const open = threads.filter((th) => !th.resolvedAt);
  const resolved = threads.filter((th) => th.resolvedAt);
  return (
    <section aria-labelledby="discussion-title" id="discussion" className="space-y-3 rounded-lg border border-slate-300 p-4">
      <h2 id="discussion-title" className="text-2xl font-bold">{t("title")}</h2>
      <p className="max-w-3xl">{t("lead")}</p>
      {open.length === 0 ? (
        <p className="italic">{t("noOpen")}</p>
      ) : (
        <ul className="space-y-3" aria-label={t("openThreads")}>
          {open.map((thread) => (
            <li key={thread.id} id={`thread-${thread.id}`} className="space-y-2 rounded border border-slate-300 p-3">
              {body(thread)}
            </li>
          ))}
        </ul>
      )}
      {resolved.length > 0 && (
        <details>
          <summary className="cursor-pointer font-semibold">{t("resolvedThreads", { count: resolved.length })}</summary>
          <ul className="mt-2 space-y-3">
            {resolved.map((thread) => (
              <li key={thread.id} id={`thread-${thread.id}`} className="space-y-2 rounded border border-slate-300 bg-slate-50 p-3">
                <p className="font-semibold">{t("resolvedBy", { name: thread.resolvedByName ?? "" })}</p>
                {body(thread)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {canRemark && (
        <form action={remarkAction} className="space-y-2">
          {hidden}
          <h3 className="font-semibold">{t("newThread")}</h3>
          <label htmlFor="remark-about" className="block">{t("about")}</label>
          <select id="remark-about" name="about" className={fieldControl} defaultValue="">
            <option value="">{t("onDraft")}</option>
            {locales.flatMap((l) => textFieldKeys.map((field) => (
              <option key={`${l}:${field}`} value={`${l}:${field}`}>{t("onField", { field: fields(field), language: languages(l) })}</option>
            )))}
          </select>
          <label htmlFor="remark-body" className="block">{t("remark")}</label>
          <textarea id="remark-body" name="body" rows={3} required aria-describedby="remark-help" className={fieldControl} />
          <p id="remark-help" className="text-sm text-slate-700">{t("mentionHelp")}</p>
          <button type="submit" className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">{t("send")}</button>
        </form>
      )}
    </section>
  );
}
