// One model in the working area: its state, what was just done, the publisher's steps, and
// the guided form on the newest revision.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { may } from "@/auth/permissions";
import { requireViewer } from "@/auth/session";
import { locales } from "@/domain/locale";
import { Link } from "@/i18n/navigation";
import { localeFrom } from "@/i18n/params";
import { ModelForm } from "../_components/ModelForm";
import { ModelDiscussion } from "./ModelDiscussion";
import { TranslationPanel } from "./TranslationPanel";
import { Outcome } from "../_components/Outcome";
import { editorial } from "@/editorial/app";
import { writingAids } from "@/editorial/writing-aids";
import { PreviewLinksPanel } from "../_components/PreviewLinksPanel";
import { SchedulePanel } from "../_components/SchedulePanel";
import { WorkflowPanel } from "../_components/WorkflowPanel";
import { formOptions } from "@/editorial/options";
import { openForViewer } from "./load";
import { ModelEvaluations } from "./ModelEvaluations";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "ModelEditor" });
  return { title: t("editTitle") };
}

const outcomes = z.object({
  done: z.enum(["created", "saved", "submitted", "return", "publish", "unpublish", "archive", "restore", "submit", "transfer", "commented", "schedule-publish", "schedule-archive", "cancel-schedule", "preview-link-revoked", "resolved", "reopened", "translation-imported"]).optional().catch(undefined),
  problem: z.enum(["stale", "invalid", "wrongState", "notAllowed", "noteMissing", "changeNoteMissing", "publishSourceFirst", "commentEmpty", "scheduleTime", "anotherPublisher", "reasonMissing", "xliff-unreadable", "xliff-otherModel", "xliff-languages", "xliff-unknownField"]).optional().catch(undefined),
});

export default async function EditModelPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { id } = await params;
  const viewer = await requireViewer(locale, { pathname: "/editorial/models/[id]", params: { id } });
  const model = await openForViewer(viewer, id);
  const { done, problem } = outcomes.parse(await searchParams);
  const [t, states, languages] = await Promise.all([getTranslations("ModelEditor"), getTranslations("EditorialStates"), getTranslations("Languages")]);
  const target = { organisationIds: model.organisationIds };
  const canPublish = may(viewer, "model.publish", target);
  const canEdit = may(viewer, "model.edit", target);
  const [options, schedules, reviewNeed, aids, threads, translationRequests] = await Promise.all([
    formOptions(locale),
    editorial.schedules(id),
    canPublish ? editorial.reviewNeed(viewer, model) : null,
    canEdit ? writingAids(model.document) : {},
    editorial.discussion.read(id),
    editorial.translations.requests(id),
  ]);
  // Beside each field: its open threads, linked to the first.
  const openThreads: Record<string, { id: string; count: number }> = {};
  for (const thread of threads) {
    if (thread.resolvedAt || !thread.field || !thread.locale) continue;
    const name = `${thread.locale}.${thread.field}`;
    openThreads[name] = { id: openThreads[name]?.id ?? thread.id, count: (openThreads[name]?.count ?? 0) + 1 };
  }
  const name = model.document.texts[locale]?.name || model.document.texts[model.sourceLocale]?.name || model.document.slug;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand">{name}</h1>
      {done && <Outcome kind="done">{t(`done.${done}`)}</Outcome>}
      {problem && <Outcome kind="problem">{t(`problems.${problem}`)}</Outcome>}
      <dl className="grid gap-x-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("state")}</dt>
        <dd data-testid="editorial-state">{states(model.state)}</dd>
        <dt className="font-semibold">{t("live")}</dt>
        <dd>
          {model.liveState === "PUBLISHED" && model.liveSlug ? (
            <Link href={{ pathname: "/models/[slug]", params: { slug: model.liveSlug } }} className="text-brand underline">
              {model.liveLocales.map((l) => languages(l)).join(", ")}
            </Link>
          ) : (
            states(model.liveState)
          )}
        </dd>
        {model.pending.length > 0 && (
          <>
            <dt className="font-semibold">{t("pending")}</dt>
            <dd>{model.pending.map((l) => languages(l)).join(", ")}</dd>
          </>
        )}
      </dl>
      <nav aria-label={t("modelNavigation")} className="flex flex-wrap gap-4">
        {locales.filter((l) => model.document.texts[l]).map((l) => (
          <Link key={l} href={{ pathname: "/editorial/models/[id]/preview", params: { id } }} locale={l} hrefLang={l} className="font-semibold text-brand underline">
            {t("previewIn", { language: languages(l) })}
          </Link>
        ))}
        <Link href={{ pathname: "/editorial/models/[id]/history", params: { id } }} className="font-semibold text-brand underline">
          {t("history")}
        </Link>
      </nav>
      {model.issues.length > 0 && (
        <p className="rounded border border-amber-700 p-3">{t("hasProblems", { count: model.issues.length })}</p>
      )}
      <SchedulePanel locale={locale} modelId={id} version={model.version} schedules={schedules} canPublish={canPublish} />
      <WorkflowPanel
        locale={locale}
        model={model}
        canEdit={canEdit}
        canPublish={canPublish}
        reviewNeed={reviewNeed}
        transferTo={may(viewer, "model.transfer", target) ? options.developers : null}
      />
      {may(viewer, "preview-link.manage", target) && <PreviewLinksPanel locale={locale} modelId={id} viewer={viewer} />}
      <ModelEvaluations locale={locale} viewer={viewer} modelId={id} organisationIds={model.organisationIds} />
      <TranslationPanel locale={locale} model={model} requests={translationRequests} canEdit={canEdit} />
      <ModelDiscussion locale={locale} viewer={viewer} modelId={id} organisationIds={model.organisationIds} threads={threads} />
      {canEdit && (
        <ModelForm
          key={model.version}
          locale={locale}
          id={id}
          version={model.version}
          revision={model.revision}
          sourceLocale={model.sourceLocale}
          document={model.document}
          lagging={model.lagging}
          aids={aids}
          openThreads={openThreads}
          options={options}
          canSubmit={model.state !== "IN_REVIEW"}
        />
      )}
    </div>
  );
}
