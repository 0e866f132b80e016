// Scheduled publishing and archiving: a publisher picks a time (Finnish time, stored in UTC)
// for a reviewed draft to go live or for a live model to be archived. The job runner
// (src/jobs/runner.ts) does it when due, as the publisher who scheduled it: their rights are
// checked again then, and the draft must still be the revision they reviewed. A job that
// cannot be done is marked failed with a reason the model's page shows, an audit entry, and
// a notification to the publisher (src/notifications), mailed to them like any other.
import { z } from "zod";
import { audit } from "@/auth/audit";
import { NotAllowedError } from "@/auth/people-admin";
import { may, type Viewer } from "@/auth/permissions";
import { readViewer } from "@/auth/viewer";
import { notify } from "@/notifications/notify";
import type { Db } from "@/db/client";
import { locales } from "@/domain/locale";
import type { Prisma } from "@/generated/prisma/client";
import type { Job, JobHandlers } from "@/jobs/runner";
import { SecondReviewerError } from "./unreviewed";
import {
  checkReview,
  InvalidDocumentError,
  publish,
  readEditorModel,
  StaleSaveError,
  withdraw,
  WrongStateError,
  type EditorModel,
  type Publication,
  type Step,
} from "./models";

type Tx = Prisma.TransactionClient;

/** A schedule that cannot be made: a time in the past, or too far ahead. */
export class ScheduleTimeError extends Error {
  readonly code = "SCHEDULE_TIME";
  constructor() {
    super("The time must be in the future and within a year.");
    this.name = "ScheduleTimeError";
  }
}

/** Why a scheduled job could not be done (Scheduling.failures in messages). */
export const failureCodes = ["changedSinceScheduled", "secondReviewer", "schedulerGone", "modelGone", "notAllowed", "wrongState", "invalid", "invalidJob", "unknownJob", "error"] as const;
export type FailureCode = (typeof failureCodes)[number];
export const asFailureCode = (failure: string | null): FailureCode => failureCodes.find((c) => c === failure) ?? "error";

/** A job that cannot be done, with the reason. */
class ScheduleFailure extends Error {
  constructor(readonly failure: FailureCode) {
    super(`scheduled job failed: ${failure}`);
  }
}

const localeSchema = z.enum(locales);
const publishPayload = z.object({
  /** The revision in review when the publish was scheduled: only it may go live. */
  revision: z.number().int(),
  locales: z.array(localeSchema),
  changeNotes: z.partialRecord(localeSchema, z.string()).nullable(),
  unreviewedReason: z.string().optional(),
});
const archivePayload = z.object({ note: z.string().nullable() });

export type ScheduleKind = "model.publish" | "model.archive";
const yearMs = 366 * 24 * 3600_000;

/** Reads the model for a schedule change and checks the viewer may publish it and saw its present version. */
async function modelToSchedule(tx: Tx, viewer: Viewer, at: Step): Promise<EditorModel> {
  const model = await readEditorModel(tx, at.id);
  if (!model || !may(viewer, "model.publish", { organisationIds: model.organisationIds })) throw new NotAllowedError();
  if (model.version !== at.baseVersion) throw new StaleSaveError(model);
  return model;
}

/** Replaces the model's pending schedule (a model has at most one) with a new one. */
async function replaceSchedule(tx: Tx, viewer: Viewer, model: EditorModel, kind: ScheduleKind, runAt: Date, payload: Prisma.InputJsonValue, now: Date) {
  if (runAt.getTime() <= now.getTime() || runAt.getTime() > now.getTime() + yearMs) throw new ScheduleTimeError();
  await tx.scheduledJob.updateMany({ where: { modelId: model.id, state: "PENDING" }, data: { state: "CANCELLED", finishedAt: now } });
  const job = await tx.scheduledJob.create({ data: { kind, modelId: model.id, runAt, payload, createdById: viewer.id, createdByName: viewer.name } });
  await audit(tx, {
    action: "schedule-set",
    actor: viewer,
    organisationId: model.organisationIds[0],
    subject: { type: "model", id: model.id },
    details: { job: job.id, kind, runAt: runAt.toISOString() },
  });
  return job;
}

/** Schedules the revision in review to be published at `runAt`, in the languages chosen. */
export async function schedulePublish(db: Db, viewer: Viewer, at: Step, runAt: Date, publication: Publication, now = new Date()) {
  return db.$transaction(async (tx) => {
    const model = await modelToSchedule(tx, viewer, at);
    await checkReview(tx, viewer, model, publication);
    const chosen = locales.filter((l) => publication.locales.includes(l) && model.document.texts[l]);
    if (chosen.length === 0) throw new InvalidDocumentError([{ locale: model.sourceLocale, path: ["locales"], message: "publishSourceFirst" }]);
    const payload = {
      revision: model.revision,
      locales: chosen,
      changeNotes: publication.changeNotes,
      ...(publication.unreviewedReason ? { unreviewedReason: publication.unreviewedReason } : {}),
    } satisfies z.infer<typeof publishPayload>;
    return replaceSchedule(tx, viewer, model, "model.publish", runAt, payload, now);
  });
}

/** Schedules a live model to be archived at `runAt`. */
export async function scheduleArchive(db: Db, viewer: Viewer, at: Step, runAt: Date, note: string | null, now = new Date()) {
  return db.$transaction(async (tx) => {
    const model = await modelToSchedule(tx, viewer, at);
    if (model.liveState !== "PUBLISHED") throw new WrongStateError("schedule the archiving of", model.liveState);
    return replaceSchedule(tx, viewer, model, "model.archive", runAt, { note }, now);
  });
}

/** Cancels a pending schedule; one the runner has already done or is doing cannot be. */
export async function cancelSchedule(db: Db, viewer: Viewer, jobId: string) {
  return db.$transaction(async (tx) => {
    const job = await tx.scheduledJob.findUnique({ where: { id: jobId } });
    const model = job?.modelId ? await readEditorModel(tx, job.modelId) : null;
    if (!job || !model || !may(viewer, "model.publish", { organisationIds: model.organisationIds })) throw new NotAllowedError();
    // Waits for a runner that holds the job, then finds it no longer pending.
    const cancelled = await tx.scheduledJob.updateMany({ where: { id: jobId, state: "PENDING" }, data: { state: "CANCELLED", finishedAt: new Date() } });
    if (cancelled.count === 0) throw new WrongStateError("cancel", job.state);
    await audit(tx, { action: "schedule-cancelled", actor: viewer, organisationId: model.organisationIds[0], subject: { type: "model", id: model.id }, details: { job: job.id, kind: job.kind } });
  });
}

export type ModelSchedule = { id: string; kind: ScheduleKind; runAt: Date; state: "PENDING" | "FAILED"; failure: FailureCode | null; createdByName: string; finishedAt: Date | null };

/** What the model's page shows: the pending schedule, and failures of the last 30 days. */
export async function readSchedules(db: Db, modelId: string, now = new Date()): Promise<ModelSchedule[]> {
  const rows = await db.scheduledJob.findMany({
    where: {
      modelId,
      OR: [{ state: "PENDING" }, { state: "FAILED", finishedAt: { gte: new Date(now.getTime() - 30 * 24 * 3600_000) } }],
    },
    orderBy: [{ runAt: "desc" }],
  });
  return rows.map((r) => ({ ...r, kind: r.kind as ScheduleKind, state: r.state as "PENDING" | "FAILED", failure: r.failure === null ? null : asFailureCode(r.failure) }));
}

/** The publisher who scheduled `job`, as they are now (null: gone or deactivated). */
async function scheduler(tx: Tx, job: Job): Promise<Viewer> {
  const viewer = job.createdById ? await readViewer(tx, job.createdById) : null;
  if (!viewer) throw new ScheduleFailure("schedulerGone");
  return viewer;
}

async function modelOf(tx: Tx, job: Job): Promise<EditorModel> {
  const model = job.modelId ? await readEditorModel(tx, job.modelId) : null;
  if (!model) throw new ScheduleFailure("modelGone");
  return model;
}

/** Errors that mean the job can never be done, as failure codes; other errors may pass. */
function failureOf(error: unknown): FailureCode | null {
  if (error instanceof ScheduleFailure) return error.failure;
  if (error instanceof NotAllowedError) return "notAllowed";
  if (error instanceof StaleSaveError) return "changedSinceScheduled";
  if (error instanceof WrongStateError) return "wrongState";
  if (error instanceof InvalidDocumentError) return "invalid";
  if (error instanceof SecondReviewerError) return "secondReviewer";
  if (error instanceof z.ZodError) return "invalidJob";
  return null;
}

/** Records a failed job: an audit entry, and a notification (and so a mail) to the publisher who scheduled it. */
async function recordFailure(tx: Tx, job: Job, failure: string) {
  if (job.modelId && job.createdById) await notify(tx, { kind: "schedule-failed", modelId: job.modelId, userId: job.createdById, failure });
  await audit(tx, {
    action: "schedule-failed",
    organisationId: null,
    subject: job.modelId ? { type: "model", id: job.modelId } : null,
    details: { job: job.id, kind: job.kind, failure, scheduledBy: job.createdByName },
  });
}

/** The editorial jobs, for the runner. */
export const editorialJobs: JobHandlers = {
  "model.publish": {
    run: async (tx, job) => {
      const payload = publishPayload.parse(job.payload);
      const viewer = await scheduler(tx, job);
      const model = await modelOf(tx, job);
      // Someone saved, returned or published since: the publisher reviewed another text.
      if (model.revision !== payload.revision) throw new ScheduleFailure("changedSinceScheduled");
      await publish(tx, viewer, { id: model.id, baseVersion: model.version }, payload);
    },
    failure: failureOf,
    failed: recordFailure,
  },
  "model.archive": {
    run: async (tx, job) => {
      const payload = archivePayload.parse(job.payload);
      const viewer = await scheduler(tx, job);
      const model = await modelOf(tx, job);
      await withdraw(tx, viewer, { id: model.id, baseVersion: model.version }, "ARCHIVED", payload.note ?? undefined);
    },
    failure: failureOf,
    failed: recordFailure,
  },
};
