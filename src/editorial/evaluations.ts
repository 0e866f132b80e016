// The coordinators' work on evaluations, with the rules of the editorial model (DESIGN.md):
// every save is a revision with a full snapshot (an EvaluationDraftDocument: the facts and
// texts as the content files hold them); the live rows change only when a coordinator
// publishes; a withdrawal keeps the evaluation on the page with its reason. A save names the
// revision it started from, and the next number's unique key refuses a second save from the
// same one. Before publishing, the model's own organisation reads the draft and comments.
import { notify } from "@/notifications/notify";
import { randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { audit } from "@/auth/audit";
import { NotAllowedError } from "@/auth/people-admin";
import { may, type Action, type Viewer } from "@/auth/permissions";
import type { DocumentIssue, EvaluationDraftDocument } from "@/content/document";
import { evaluationFactsSchema, evaluationTextSchema } from "@/content/schema";
import type { Db } from "@/db/client";
import { readEvaluationFrameworks } from "@/db/evaluation-frameworks";
import { resultProblems } from "@/domain/evaluation-frameworks";
import { changedSinceEvaluated } from "@/domain/evaluation-data";
import { locales, pickTranslation, presentTexts, type Locale } from "@/domain/locale";
import { Prisma, type EvaluationState } from "@/generated/prisma/client";
import { readLiveEvaluation } from "@/queries/model-document";
import { withdrawEvaluationRows, writeEditorEvaluation } from "@/store/evaluations";
import type { EvaluationFacts, EvaluationTexts } from "@/store/model-rows";
import { InvalidDocumentError, WrongStateError } from "./models";

type Tx = Prisma.TransactionClient;

/** An evaluation as coordinators and the model's people see it in the working area. */
export type EditorEvaluation = {
  id: string;
  model: { id: string; slug: string; name: string; sourceLocale: Locale; liveLocales: Locale[]; organisationIds: string[]; textHash: string | null };
  /** The public state: a draft is not shown; a withdrawn one is, with its reason. */
  liveState: EvaluationState;
  /** The newest revision's state (the live one before any revision). */
  state: EvaluationState;
  /** The newest revision's number: the base of the next save. */
  revision: number;
  draft: EvaluationDraftDocument;
  /** What blocks publishing the newest revision; a draft saves with them. */
  issues: DocumentIssue[];
  /** Published before the model's text last changed: the coordinator should look again. */
  changedSinceEvaluated: boolean;
  withdrawnAt: Date | null;
};

export type EvaluationComment = { id: string; authorName: string; body: string; createdAt: Date };

function allow(viewer: Viewer, action: Action, organisationIds: string[]) {
  if (!may(viewer, action, { organisationIds })) throw new NotAllowedError();
}

export const emptyEvaluationDraft = (): EvaluationDraftDocument => ({ facts: { strengthens: [], documents: [] }, texts: {} });

/**
 * Checks a draft for publishing: the facts with the content files' schema (the evaluator an
 * organisation the catalogue knows, each result on the framework version's scale), and a summary in every language the model is published
 * in, so that no reader meets an evaluation without its plain-language sentence.
 */
export async function checkEvaluationDraft(tx: Tx | Db, draft: EvaluationDraftDocument, languages: Locale[]) {
  const issues: DocumentIssue[] = [];
  const facts = evaluationFactsSchema.safeParse(draft.facts);
  if (!facts.success) issues.push(...facts.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message, code: i.code })));
  if (facts.success && facts.data.evaluator && (await tx.organisation.count({ where: { key: facts.data.evaluator } })) === 0) {
    issues.push({ path: ["evaluator"], message: "unknownOrganisation" });
  }
  if (facts.success) {
    for (const problem of resultProblems(facts.data, await readEvaluationFrameworks(tx))) {
      issues.push({ path: problem.path, message: problem.path[0] === "framework" ? "unknownFramework" : "notOnScale" });
    }
  }
  if (facts.success && !facts.data.evaluator) issues.push({ path: ["evaluator"], message: "must not be empty", code: "too_small" });
  if (facts.success && !facts.data.evaluatedOn) issues.push({ path: ["evaluatedOn"], message: "must not be empty", code: "too_small" });
  const texts: EvaluationTexts = {};
  for (const locale of locales) {
    const given = draft.texts[locale];
    if (!given) {
      if (languages.includes(locale)) issues.push({ locale, path: ["summary"], message: "must not be empty", code: "too_small" });
      continue;
    }
    const text = evaluationTextSchema.safeParse(given);
    if (text.success) texts[locale] = text.data;
    else issues.push(...text.error.issues.map((i) => ({ locale, path: i.path as (string | number)[], message: i.message, code: i.code })));
  }
  if (issues.length > 0 || !facts.success) return { ok: false as const, issues };
  return { ok: true as const, facts: facts.data satisfies EvaluationFacts, texts };
}

const evaluationRow = {
  model: {
    select: {
      id: true,
      slug: true,
      sourceLocale: true,
      textHash: true,
      headRevision: true,
      translations: { select: { locale: true, name: true } },
      developers: { select: { organisationId: true } },
    },
  },
  revisions: { orderBy: { number: "desc" }, take: 1 },
} satisfies Prisma.EvaluationInclude;

async function readEditorEvaluation(tx: Tx, id: string): Promise<EditorEvaluation | null> {
  const row = await tx.evaluation.findUnique({ where: { id }, include: evaluationRow });
  if (!row) return null;
  const head = row.revisions[0];
  const draft = (head?.snapshot as EvaluationDraftDocument | undefined) ?? (await readLiveEvaluation(tx, id)) ?? emptyEvaluationDraft();
  const liveLocales = row.model.translations.map((t) => t.locale);
  const check = await checkEvaluationDraft(tx, draft, [row.model.sourceLocale, ...liveLocales]);
  return {
    id,
    model: {
      id: row.model.id,
      slug: row.model.slug,
      name: pickTranslation(row.model.translations, row.model.sourceLocale)?.name ?? row.model.slug,
      sourceLocale: row.model.sourceLocale,
      liveLocales,
      organisationIds: row.model.developers.map((d) => d.organisationId),
      textHash: row.model.textHash,
    },
    liveState: row.state,
    state: head?.state ?? row.state,
    revision: head?.number ?? 0,
    draft,
    issues: check.ok ? [] : check.issues,
    changedSinceEvaluated: row.state === "PUBLISHED" && changedSinceEvaluated(row.modelTextHash, row.model.textHash),
    withdrawnAt: row.withdrawnAt,
  };
}

/** An evaluation for the working area: coordinators, admins and the model's own people read it. */
export async function openEvaluation(db: Db, viewer: Viewer, id: string) {
  const evaluation = await db.$transaction((tx) => readEditorEvaluation(tx, id));
  if (!evaluation) return null;
  allow(viewer, "model.read-drafts", evaluation.model.organisationIds);
  const checksums = (evaluation.draft.facts.documents ?? []).flatMap((d) => d.checksum ?? []);
  const [comments, revisions, files, publishedDocuments, frameworks] = await Promise.all([
    db.editorialComment.findMany({ where: { evaluationId: id }, orderBy: { createdAt: "asc" }, select: { id: true, authorName: true, body: true, createdAt: true } }),
    db.evaluationRevision.findMany({ where: { evaluationId: id }, orderBy: { number: "desc" }, select: { number: true, state: true, authorName: true, createdAt: true, note: true } }),
    // What was read from the uploaded files: pages and accessibility, for the coordinator to see.
    db.storedFile.findMany({ where: { checksum: { in: checksums } }, select: { checksum: true, pageCount: true, tagged: true, pdfTitle: true, pdfLanguage: true, purgedAt: true } }),
    readPublishedDocuments(db, id),
    readEvaluationFrameworks(db),
  ]);
  return { evaluation, comments: comments satisfies EvaluationComment[], revisions, files, publishedDocuments: [...publishedDocuments], frameworks };
}

/**
 * A change in the working area makes the model "changed since its last seed", so that a
 * changed content file is reported as a conflict instead of replacing the evaluations.
 */
async function markChangedInWorkingArea(tx: Tx, modelId: string) {
  const model = await tx.practiceModel.findUniqueOrThrow({ where: { id: modelId }, select: { origin: true } });
  if (model.origin !== "EDITOR") await tx.practiceModel.update({ where: { id: modelId }, data: { origin: "EDITOR" } });
}

type NewRevision = { state: EvaluationState; draft: EvaluationDraftDocument; note?: string | null };

async function addRevision(tx: Tx, viewer: Viewer, evaluationId: string, number: number, next: NewRevision) {
  await tx.evaluationRevision.create({
    data: {
      evaluationId,
      number,
      state: next.state,
      snapshot: next.draft as Prisma.InputJsonValue,
      note: next.note ?? null,
      authorId: viewer.id,
      authorName: viewer.name,
    },
  });
  return number;
}

export type EvaluationStep = { id: string; baseRevision: number };

/** What names a document, wherever it is listed: its uploaded file's checksum, or its address. */
export const documentIdentity = (document: { checksum?: string | null; url?: string | null }) => document.checksum ?? document.url ?? "";

/** The documents the public page lists for the evaluation now (none before its first publish). */
export async function readPublishedDocuments(db: Db | Tx, evaluationId: string): Promise<Set<string>> {
  const rows = await db.evaluationDocument.findMany({
    where: { evaluationId, evaluation: { state: { in: ["PUBLISHED", "WITHDRAWN"] } } },
    select: { checksum: true, url: true },
  });
  return new Set(rows.map(documentIdentity));
}

/**
 * Runs one step on evaluation `id` in a transaction and adds its revision with the number
 * after `baseRevision`: when someone else saved since, that number is taken and the step is
 * refused with StaleSaveError (carrying nothing: the page reads the evaluation anew).
 */
async function step(
  db: Db,
  viewer: Viewer,
  action: Action,
  { id, baseRevision }: EvaluationStep,
  act: (tx: Tx, evaluation: EditorEvaluation, revision: number) => Promise<NewRevision | null>,
) {
  try {
    return await db.$transaction(async (tx) => {
      const evaluation = await readEditorEvaluation(tx, id);
      if (!evaluation) throw new NotAllowedError();
      allow(viewer, action, evaluation.model.organisationIds);
      if (evaluation.revision !== baseRevision) throw new StaleEvaluationError();
      const next = await act(tx, evaluation, baseRevision + 1);
      if (!next) return { revision: baseRevision };
      await markChangedInWorkingArea(tx, evaluation.model.id);
      return { revision: await addRevision(tx, viewer, id, baseRevision + 1, next) };
    });
  } catch (error) {
    // Two saves from one base in flight at once: the second insert of the number fails.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new StaleEvaluationError();
    throw error;
  }
}

/** Someone saved the evaluation after the viewer opened it: their step is refused. */
export class StaleEvaluationError extends Error {
  readonly code = "STALE";
  constructor() {
    super("Someone else saved this evaluation after you opened it.");
    this.name = "StaleEvaluationError";
  }
}

/** A coordinator starts an evaluation of a model; it is a draft until published. */
export async function createEvaluation(db: Db, viewer: Viewer, modelId: string, draft: EvaluationDraftDocument, note?: string) {
  if (!may(viewer, "evaluation.edit")) throw new NotAllowedError();
  return db.$transaction(async (tx) => {
    const model = await tx.practiceModel.findUnique({ where: { id: modelId }, select: { id: true, developers: { select: { organisationId: true } } } });
    if (!model) throw new NotAllowedError();
    const last = await tx.evaluation.aggregate({ where: { modelId }, _max: { position: true } });
    const id = randomUUID();
    await tx.evaluation.create({ data: { id, modelId, position: (last._max.position ?? -1) + 1, state: "DRAFT", origin: "EDITOR" } });
    await addRevision(tx, viewer, id, 1, { state: "DRAFT", draft, note });
    await markChangedInWorkingArea(tx, modelId);
    await audit(tx, {
      action: "evaluation-created",
      actor: viewer,
      organisationId: model.developers[0]?.organisationId ?? null,
      subject: { type: "evaluation", id },
      details: { modelId },
    });
    // The model's own people are asked to comment on the evaluation before it is published.
    await notify(tx, { kind: "evaluation-awaits-comment", modelId, actor: viewer, evaluationId: id });
    return id;
  });
}

/** Saves a draft, problems and all (they show beside the fields); an unchanged save makes no revision. */
export async function saveEvaluationDraft(db: Db, viewer: Viewer, at: EvaluationStep, draft: EvaluationDraftDocument, note?: string) {
  return changeEvaluationDraft(db, viewer, at, () => draft, note);
}

/**
 * Saves what `change` makes of the draft of the base revision, read in the save's own
 * transaction: a document attached or taken off needs nothing else read first.
 */
export async function changeEvaluationDraft(
  db: Db,
  viewer: Viewer,
  at: EvaluationStep,
  change: (draft: EvaluationDraftDocument, tx: Tx) => EvaluationDraftDocument | Promise<EvaluationDraftDocument>,
  note?: string,
) {
  return step(db, viewer, "evaluation.edit", at, async (tx, evaluation) => {
    const draft = await change(evaluation.draft, tx);
    if (!note && evaluation.revision > 0 && isDeepStrictEqual(JSON.parse(JSON.stringify(draft)), evaluation.draft)) return null;
    return { state: "DRAFT", draft, note };
  });
}

/** The newest model revision whose source text is live: what an evaluation published now evaluates. */
async function liveModelRevision(tx: Tx, modelId: string, sourceLocale: Locale): Promise<number> {
  const head = await tx.modelRevision.findFirst({ where: { modelId }, orderBy: { number: "desc" }, select: { publishedIn: true } });
  return (head?.publishedIn as Partial<Record<Locale, number>> | undefined)?.[sourceLocale] ?? 0;
}

/**
 * A coordinator publishes the newest revision: the live rows get it, with the model text it
 * evaluated (the model's source text hash and live revision). Published again after the
 * model changed, it evaluates the new text.
 */
export async function publishEvaluation(db: Db, viewer: Viewer, at: EvaluationStep) {
  return step(db, viewer, "evaluation.publish", at, async (tx, evaluation, revision) => {
    const check = await checkEvaluationDraft(tx, evaluation.draft, [evaluation.model.sourceLocale, ...evaluation.model.liveLocales]);
    if (!check.ok) throw new InvalidDocumentError(check.issues);
    await writeEditorEvaluation(tx, evaluation.id, {
      facts: check.facts,
      texts: check.texts,
      modelTextHash: evaluation.model.textHash,
      modelRevision: await liveModelRevision(tx, evaluation.model.id, evaluation.model.sourceLocale),
    });
    await audit(tx, {
      action: "evaluation-published",
      actor: viewer,
      organisationId: evaluation.model.organisationIds[0] ?? null,
      subject: { type: "evaluation", id: evaluation.id },
      details: { revision, modelId: evaluation.model.id },
    });
    return { state: "PUBLISHED", draft: evaluation.draft };
  });
}

/**
 * A coordinator withdraws a published evaluation with a public reason (in the model's source
 * language at least): the model page keeps it, saying when and why.
 */
export async function withdrawEvaluation(db: Db, viewer: Viewer, at: EvaluationStep, reasons: Partial<Record<Locale, string>>) {
  return step(db, viewer, "evaluation.publish", at, async (tx, evaluation, revision) => {
    if (evaluation.liveState !== "PUBLISHED") throw new WrongStateError("withdraw", evaluation.liveState);
    const given = Object.fromEntries(presentTexts(reasons).flatMap(([locale, reason]) => (reason.trim() ? [[locale, reason.trim()]] : [])));
    if (!given[evaluation.model.sourceLocale]) {
      throw new InvalidDocumentError([{ locale: evaluation.model.sourceLocale, path: ["withdrawalReason"], message: "must not be empty", code: "too_small" }]);
    }
    await withdrawEvaluationRows(tx, evaluation.id, given);
    await audit(tx, {
      action: "evaluation-withdrawn",
      actor: viewer,
      organisationId: evaluation.model.organisationIds[0] ?? null,
      subject: { type: "evaluation", id: evaluation.id },
      details: { revision, reasons: given },
    });
    return { state: "WITHDRAWN", draft: evaluation.draft, note: given[evaluation.model.sourceLocale] };
  });
}

/**
 * A remark in the working area: on an evaluation (its draft, before it is published) or on a
 * model's text. Coordinators, admins and the model's own people may remark.
 */
export async function addComment(db: Db, viewer: Viewer, on: { modelId: string; evaluationId?: string }, body: string) {
  const text = body.trim();
  if (!text || text.length > 5000) throw new InvalidDocumentError([{ path: ["body"], message: "must not be empty", code: "too_small" }]);
  return db.$transaction(async (tx) => {
    const model = await tx.practiceModel.findUnique({ where: { id: on.modelId }, select: { developers: { select: { organisationId: true } } } });
    if (!model) throw new NotAllowedError();
    allow(viewer, "editorial.comment", model.developers.map((d) => d.organisationId));
    if (on.evaluationId) {
      const evaluation = await tx.evaluation.findUnique({ where: { id: on.evaluationId }, select: { modelId: true } });
      if (evaluation?.modelId !== on.modelId) throw new NotAllowedError();
    }
    return tx.editorialComment.create({
      data: { modelId: on.modelId, evaluationId: on.evaluationId ?? null, body: text, authorId: viewer.id, authorName: viewer.name },
      select: { id: true },
    });
  });
}

export type EvaluationListEntry = {
  id: string;
  modelId: string;
  modelName: string;
  evaluator: string | null;
  evaluatedOn: Date | null;
  nextReviewOn: Date | null;
  liveState: EvaluationState;
  state: EvaluationState;
  changedSinceEvaluated: boolean;
  /** The planned review is within `soon` days, or past. */
  review: "due" | "overdue" | null;
};

const reviewSoonDays = 90;

/**
 * Evaluations for the working area, newest first: every one for coordinators and admins, the
 * evaluations of their own models for an organisation's people. Flags say what needs a look.
 */
export async function listEvaluations(db: Db, viewer: Viewer, options: { modelId?: string; now?: Date } = {}): Promise<EvaluationListEntry[]> {
  if (!may(viewer, "working-area.enter")) throw new NotAllowedError();
  const now = options.now ?? new Date();
  const national = may(viewer, "model.read-drafts", { organisationIds: [] });
  const own = { model: { developers: { some: { organisationId: { in: viewer.memberships.map((m) => m.organisationId) } } } } };
  const rows = await db.evaluation.findMany({
    where: { ...(national ? {} : own), ...(options.modelId ? { modelId: options.modelId } : {}) },
    include: {
      evaluator: { select: { name: true } },
      model: { select: { id: true, slug: true, sourceLocale: true, textHash: true, translations: { select: { locale: true, name: true } } } },
      revisions: { orderBy: { number: "desc" }, take: 1, select: { state: true } },
    },
    orderBy: [{ updatedAt: "desc" }],
    take: 500,
  });
  const soon = new Date(now.getTime() + reviewSoonDays * 86_400_000);
  return rows.map((row) => {
    const next = row.noReviewPlanned ? null : row.nextReviewOn;
    return {
      id: row.id,
      modelId: row.model.id,
      modelName: pickTranslation(row.model.translations, row.model.sourceLocale)?.name ?? row.model.slug,
      evaluator: row.evaluator?.name ?? null,
      evaluatedOn: row.evaluatedOn,
      nextReviewOn: next,
      liveState: row.state,
      state: row.revisions[0]?.state ?? row.state,
      changedSinceEvaluated: row.state === "PUBLISHED" && changedSinceEvaluated(row.modelTextHash, row.model.textHash),
      review: row.state !== "PUBLISHED" || !next ? null : next < now ? "overdue" : next < soon ? "due" : null,
    };
  });
}
