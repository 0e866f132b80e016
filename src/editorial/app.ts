// The editorial workflow on the app's database (like src/auth/app.ts and src/feedback/app.ts).
import "server-only";
import type { Viewer } from "@/auth/permissions";
import type { EvaluationDraftDocument, ModelDocument } from "@/content/document";
import { getAppDb } from "@/db/app";
import type { Locale } from "@/domain/locale";
import { readDraftModelPage } from "./preview";
import { listModels, type ListFilter } from "./list";
import { documentStorage } from "@/documents/storage";
import * as documents from "./evaluation-documents";
import * as evaluations from "./evaluations";
import * as models from "./models";
import * as discussion from "./discussion";
import * as previewLinks from "./preview-links";
import * as xliff from "./xliff";
import * as schedule from "./schedule";
import * as unreviewed from "./unreviewed";

type Step = { id: string; baseVersion: number };

export const editorial = {
  list: (viewer: Viewer, locale: Locale, options: { filter: ListFilter; q: string }) => listModels(getAppDb(), viewer, locale, options),
  open: (viewer: Viewer, id: string) => models.openModel(getAppDb(), viewer, id),
  create: (viewer: Viewer, document: ModelDocument, sourceLocale: Locale, note?: string) => models.createModel(getAppDb(), viewer, document, sourceLocale, note),
  save: (viewer: Viewer, at: Step, document: ModelDocument, note?: string) => models.saveDraft(getAppDb(), viewer, at, document, note),
  submit: (viewer: Viewer, at: Step) => models.submitForReview(getAppDb(), viewer, at),
  returnToDraft: (viewer: Viewer, at: Step, note: string) => models.returnToDraft(getAppDb(), viewer, at, note),
  publish: (viewer: Viewer, at: Step, publication: models.Publication) => models.publish(getAppDb(), viewer, at, publication),
  withdraw: (viewer: Viewer, at: Step, to: "DRAFT" | "ARCHIVED", note?: string) => models.withdraw(getAppDb(), viewer, at, to, note),
  schedulePublish: (viewer: Viewer, at: Step, runAt: Date, publication: models.Publication) => schedule.schedulePublish(getAppDb(), viewer, at, runAt, publication),
  scheduleArchive: (viewer: Viewer, at: Step, runAt: Date, note: string | null) => schedule.scheduleArchive(getAppDb(), viewer, at, runAt, note),
  cancelSchedule: (viewer: Viewer, jobId: string) => schedule.cancelSchedule(getAppDb(), viewer, jobId),
  schedules: (modelId: string) => schedule.readSchedules(getAppDb(), modelId),
  /** Whether the viewer's publish of the model needs another reviewer, or a reason (./unreviewed.ts). */
  reviewNeed: (viewer: Viewer, model: models.EditorModel) => unreviewed.reviewNeed(getAppDb(), viewer, model),
  unreviewed: {
    list: (viewer: Viewer) => unreviewed.listUnreviewed(getAppDb(), viewer),
    markChecked: (viewer: Viewer, id: string) => unreviewed.markChecked(getAppDb(), viewer, id),
  },
  restore: (viewer: Viewer, at: Step, number: number) => models.restoreRevision(getAppDb(), viewer, at, number),
  transfer: (viewer: Viewer, at: Step, organisationKeys: string[]) => models.transferModel(getAppDb(), viewer, at, organisationKeys),
  purge: (viewer: Viewer, modelId: string, purge: models.Purge) => models.purgeRevision(getAppDb(), viewer, modelId, purge),
  history: (viewer: Viewer, id: string, compare: number[] = []) => models.readHistory(getAppDb(), viewer, id, compare),
  /** The newest revision as its public page in `locale`; page is null while that language has problems. */
  preview: async (viewer: Viewer, id: string, locale: Locale) => {
    const draft = await models.draftInLanguage(getAppDb(), viewer, id, locale);
    if (!draft) return null;
    return { model: draft.model, page: draft.check.ok ? await readDraftModelPage(getAppDb(), locale, id, draft.check.model) : null };
  },
  evaluations: {
    list: (viewer: Viewer, options: { modelId?: string } = {}) => evaluations.listEvaluations(getAppDb(), viewer, options),
    open: (viewer: Viewer, id: string) => evaluations.openEvaluation(getAppDb(), viewer, id),
    create: (viewer: Viewer, modelId: string) => evaluations.createEvaluation(getAppDb(), viewer, modelId, evaluations.emptyEvaluationDraft()),
    save: (viewer: Viewer, at: evaluations.EvaluationStep, draft: EvaluationDraftDocument, note?: string) =>
      evaluations.saveEvaluationDraft(getAppDb(), viewer, at, draft, note),
    publish: (viewer: Viewer, at: evaluations.EvaluationStep) => evaluations.publishEvaluation(getAppDb(), viewer, at),
    withdraw: (viewer: Viewer, at: evaluations.EvaluationStep, reasons: Partial<Record<Locale, string>>) =>
      evaluations.withdrawEvaluation(getAppDb(), viewer, at, reasons),
    comment: (viewer: Viewer, on: { modelId: string; evaluationId?: string }, body: string) => evaluations.addComment(getAppDb(), viewer, on, body),
    upload: (viewer: Viewer, at: evaluations.EvaluationStep, bytes: Uint8Array, facts: documents.DocumentFacts) =>
      documents.attachUpload(getAppDb(), documentStorage(), viewer, at, bytes, facts),
    link: (viewer: Viewer, at: evaluations.EvaluationStep, link: documents.LinkFacts) => documents.attachLink(getAppDb(), viewer, at, link),
    detach: (viewer: Viewer, at: evaluations.EvaluationStep, position: number) => documents.detachDocument(getAppDb(), viewer, at, position),
    supersede: (viewer: Viewer, at: evaluations.EvaluationStep, position: number) => documents.supersedeDocument(getAppDb(), viewer, at, position),
    purgeFile: (viewer: Viewer, checksum: string, reason: string) => documents.purgeFile(getAppDb(), documentStorage(), viewer, checksum, reason),
  },
  previewLinks: {
    create: (viewer: Viewer, modelId: string, request: previewLinks.PreviewLinkRequest) => previewLinks.createPreviewLink(getAppDb(), viewer, modelId, request),
    list: (viewer: Viewer, modelId: string) => previewLinks.listPreviewLinks(getAppDb(), viewer, modelId),
    revoke: (viewer: Viewer, modelId: string, linkId: string) => previewLinks.revokePreviewLink(getAppDb(), viewer, modelId, linkId),
    /** What a preview link shows in `locale`: the draft's name and public page (null while that language has problems); null when the link does not work. */
    open: async (token: string, locale: Locale) => {
      const link = await previewLinks.openPreviewLink(getAppDb(), token);
      const draft = link && (await models.readDraftInLanguage(getAppDb(), link.modelId, locale));
      if (!link || !draft) return null;
      return { expiresAt: link.expiresAt, page: draft.check.ok ? await readDraftModelPage(getAppDb(), locale, link.modelId, draft.check.model) : null };
    },
  },
  discussion: {
    read: (modelId: string) => discussion.readDiscussion(getAppDb(), modelId),
    remark: (viewer: Viewer, modelId: string, remark: discussion.Remark) => discussion.addRemark(getAppDb(), viewer, modelId, remark),
    resolve: (viewer: Viewer, modelId: string, threadId: string, resolved: boolean) => discussion.resolveThread(getAppDb(), viewer, modelId, threadId, resolved),
  },
  translations: {
    export: (viewer: Viewer, modelId: string, target: Locale) => xliff.exportTranslation(getAppDb(), viewer, modelId, target),
    import: (viewer: Viewer, at: Step, xml: string) => xliff.importTranslation(getAppDb(), viewer, at, xml),
    requests: (modelId: string) => xliff.readTranslationRequests(getAppDb(), modelId),
  },
};
