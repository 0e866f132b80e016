// One evaluation in the working area: its state and what needs a look, the coordinators' form,
// the withdrawal with a public reason, the discussion with the model's own people, and the
// revisions.
import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { NotAllowedError } from "@/auth/people-admin";
import { may, type Viewer } from "@/auth/permissions";
import { requireViewer } from "@/auth/session";
import { fieldOf } from "@/editorial/form";
import { locales } from "@/domain/locale";
import { editorial } from "@/editorial/app";
import { formOptions } from "@/editorial/options";
import { Link } from "@/i18n/navigation";
import { localeFrom } from "@/i18n/params";
import { CommentThread } from "../../_components/CommentThread";
import { Field, fieldControl } from "../../_components/Field";
import { Outcome } from "../../models/_components/Outcome";
import { withdrawEvaluationAction } from "../actions";
import { EvaluationDocuments } from "../_components/EvaluationDocuments";
import { typedUploadFields } from "@/editorial/upload-fields";
import { EvaluationForm } from "../_components/EvaluationForm";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "EvaluationEditor" });
  return { title: t("title") };
}

const outcomes = z.object({
  done: z.enum(["created", "saved", "published", "withdrawn", "commented", "uploaded", "linked", "detached", "superseded", "purged"]).optional().catch(undefined),
  problem: z
    .enum(["stale", "invalid", "wrongState", "notAllowed", "reasonMissing", "commentEmpty", "linkNotHttps", "purgeReasonMissing", "publishedDocument", "too-many", "too-large", "empty", "not-pdf", "encrypted", "broken"])
    .optional()
    .catch(undefined),
});

async function open(viewer: Viewer, rawId: string) {
  const id = z.uuid().safeParse(rawId);
  if (!id.success) notFound();
  try {
    const opened = await editorial.evaluations.open(viewer, id.data);
    if (!opened) notFound();
    return opened;
  } catch (error) {
    if (error instanceof NotAllowedError) forbidden();
    throw error;
  }
}

export default async function EvaluationPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { id } = await params;
  const viewer = await requireViewer(locale, { pathname: "/editorial/evaluations/[id]", params: { id } });
  const { evaluation, comments, revisions, files, publishedDocuments, frameworks } = await open(viewer, id);
  const query = await searchParams;
  const { done, problem } = outcomes.parse(query);
  const [t, languages, format, options] = await Promise.all([getTranslations("EvaluationEditor"), getTranslations("Languages"), getFormatter(), formOptions(locale)]);
  const target = { organisationIds: evaluation.model.organisationIds };
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Helsinki" });
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
        <p className="mt-1 text-lg">
          <Link href={{ pathname: "/editorial/models/[id]", params: { id: evaluation.model.id } }} className="text-brand underline">
            {evaluation.model.name}
          </Link>
        </p>
      </div>
      {done && <Outcome kind="done">{t(`done.${done}`)}</Outcome>}
      {problem && <Outcome kind="problem">{t(`problems.${problem}`)}</Outcome>}
      <dl className="grid gap-x-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("state")}</dt>
        <dd data-testid="evaluation-state">{t(`states.${evaluation.state}`)}</dd>
        <dt className="font-semibold">{t("live")}</dt>
        <dd>{t(`states.${evaluation.liveState}`)}</dd>
      </dl>
      {evaluation.changedSinceEvaluated && <p className="rounded border-2 border-amber-700 p-3 font-semibold">{t("changedSinceEvaluated")}</p>}

      {may(viewer, "evaluation.edit", target) ? (
        <EvaluationForm
          key={evaluation.revision}
          locale={locale}
          id={id}
          revision={evaluation.revision}
          sourceLocale={evaluation.model.sourceLocale}
          draft={evaluation.draft}
          savedIssues={evaluation.issues.map((i) => ({ field: fieldOf(i), message: i.message, code: i.code }))}
          evaluators={options.developers.map((o) => ({ key: o.key, name: o.label }))}
          frameworks={frameworks}
          canPublish={may(viewer, "evaluation.publish", target)}
        />
      ) : (
        <p>{t("readOnly")}</p>
      )}
      {may(viewer, "evaluation.edit", target) && (
        <EvaluationDocuments
          locale={locale}
          id={id}
          revision={evaluation.revision}
          documents={evaluation.draft.facts.documents ?? []}
          files={files}
          publishedDocuments={publishedDocuments}
          typed={problem ? typedUploadFields(query) : undefined}
          canPurge={may(viewer, "revision.purge")}
        />
      )}

      {may(viewer, "evaluation.publish", target) && evaluation.liveState === "PUBLISHED" && (
        <form action={withdrawEvaluationAction} className="space-y-3 rounded-lg border border-slate-300 p-4">
          <h2 className="text-2xl font-bold">{t("withdrawTitle")}</h2>
          <p>{t("withdrawHelp")}</p>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="baseRevision" value={evaluation.revision} />
          {[evaluation.model.sourceLocale, ...locales.filter((l) => l !== evaluation.model.sourceLocale)].map((l) => (
            <Field
              key={l}
              id={`reason-${l}`}
              label={t("withdrawReason", { language: languages(l) })}
              control={<textarea id={`reason-${l}`} name={`reason.${l}`} lang={l} rows={2} className={fieldControl} required={l === evaluation.model.sourceLocale} />}
            />
          ))}
          <button type="submit" className="rounded border-2 border-red-800 px-4 py-2 font-semibold text-red-800">{t("withdraw")}</button>
        </form>
      )}

      <CommentThread
        locale={locale}
        on={{ modelId: evaluation.model.id, evaluationId: id }}
        comments={comments}
        canComment={may(viewer, "editorial.comment", target)}
        ids={{ heading: "evaluation-comments", field: "comment-body" }}
        text={{ title: t("commentsTitle"), help: t("commentsHelp"), empty: t("noComments"), label: t("comment"), send: t("sendComment") }}
      />

      <section aria-labelledby="evaluation-revisions" className="space-y-3">
        <h2 id="evaluation-revisions" className="text-2xl font-bold">{t("revisionsTitle")}</h2>
        <ol className="space-y-1">
          {revisions.map((r) => (
            <li key={r.number}>
              {t("revision", { number: r.number, state: t(`states.${r.state}`), author: r.authorName, when: when(r.createdAt) })}
              {r.note && <span className="block text-sm text-slate-700">{r.note}</span>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
