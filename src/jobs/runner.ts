// The job runner: work the app does at a set time (a scheduled publish, say), kept in the
// ScheduledJob table so that it survives restarts. Every instance polls; a due job is claimed
// with FOR UPDATE SKIP LOCKED and marked done in the same transaction that does its work. So a
// job runs once however many instances poll at the same moment, a crash half-way rolls the
// work and the mark back together (the job runs again on the next poll), and jobs that fell
// due while no instance was running are done on the first poll after the start.
import type { Db } from "@/db/client";
import type { Prisma, ScheduledJob } from "@/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type Job = ScheduledJob;

/** How one kind of job is done. */
export type JobHandler = {
  /** Does the job inside the transaction that marks it done; throwing rolls both back. */
  run: (tx: Tx, job: Job) => Promise<void>;
  /**
   * Why the error means the job can never succeed (a failure code the working area shows), or
   * null for an error that may pass (the database away): the job is then tried again later.
   */
  failure: (error: unknown) => string | null;
  /** Records a failure in the transaction that marks the job failed (an audit entry, say). */
  failed?: (tx: Tx, job: Job, failure: string) => Promise<void>;
};

export type JobHandlers = Record<string, JobHandler>;

/** A job whose error may pass is tried this many times in all, further apart each time. */
export const maxAttempts = 3;
const retryDelayMs = (attempts: number) => 30_000 * 2 ** (attempts - 1);
/** At most this many jobs per poll, so that a backlog cannot hold one poll for long. */
const perPoll = 50;

export type PollResult = { done: Job[]; failed: { job: Job; failure: string }[]; retried: Job[] };

/** Claims the next due job (none: null), skipping those another runner holds. */
async function claimNext(tx: Tx, now: Date): Promise<Job | null> {
  const due = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "ScheduledJob"
    WHERE state = 'PENDING' AND "runAt" <= ${now.toISOString()}::timestamp(3)
    ORDER BY "runAt", id
    LIMIT 1
    FOR UPDATE SKIP LOCKED`;
  return due[0] ? tx.scheduledJob.findUnique({ where: { id: due[0].id } }) : null;
}

/** Runs every job due at `now`, one transaction each. */
export async function runDueJobs(db: Db, handlers: JobHandlers, now = new Date()): Promise<PollResult> {
  const result: PollResult = { done: [], failed: [], retried: [] };
  const seen = new Set<string>();
  for (let n = 0; n < perPoll; n++) {
    let claimed: Job | null = null;
    try {
      claimed = await db.$transaction(async (tx) => {
        const job = await claimNext(tx, now);
        if (!job) return null;
        claimed = job;
        const handler = handlers[job.kind];
        if (!handler) throw new UnknownJobError(job.kind);
        await handler.run(tx, job);
        await tx.scheduledJob.update({ where: { id: job.id }, data: { state: "DONE", finishedAt: new Date() } });
        return job;
      });
      if (!claimed) break;
      result.done.push(claimed);
    } catch (error) {
      const job: Job | null = claimed;
      // Nothing claimed: the database itself failed; the next poll tries again.
      if (!job || seen.has(job.id)) throw error;
      seen.add(job.id);
      const handler = handlers[job.kind];
      const failure = error instanceof UnknownJobError ? "unknownJob" : (handler?.failure(error) ?? null);
      const outcome = await recordError(db, handler, job, failure, now);
      if (outcome.state === "FAILED") result.failed.push({ job: outcome, failure: outcome.failure ?? "error" });
      else result.retried.push(outcome);
      if (failure === null) console.error(`job ${job.id} (${job.kind}) failed, attempt ${outcome.attempts}:`, error);
    }
  }
  return result;
}

/** After a job's transaction rolled back: marks it failed, or sets it to be tried again later. */
async function recordError(db: Db, handler: JobHandler | undefined, job: Job, failure: string | null, now: Date): Promise<Job> {
  return db.$transaction(async (tx) => {
    const attempts = job.attempts + 1;
    if (failure === null && attempts < maxAttempts) {
      return tx.scheduledJob.update({ where: { id: job.id }, data: { attempts, runAt: new Date(now.getTime() + retryDelayMs(attempts)) } });
    }
    const code = failure ?? "error";
    const failed = await tx.scheduledJob.update({ where: { id: job.id }, data: { attempts, state: "FAILED", failure: code, finishedAt: new Date() } });
    await handler?.failed?.(tx, failed, code);
    return failed;
  });
}

class UnknownJobError extends Error {
  constructor(kind: string) {
    super(`no handler for jobs of kind ${kind}`);
  }
}

export type JobRunner = { stop: () => Promise<void> };

/**
 * Polls for due jobs every `pollMs`, starting at once (which catches up on whatever fell due
 * while no instance ran). `onPoll` hears each poll's outcome (failures to report, say).
 */
export function startJobRunner(
  db: Db,
  handlers: JobHandlers,
  options: { pollMs: number; onPoll?: (result: PollResult) => Promise<void> },
): JobRunner {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const poll = async () => {
    try {
      const result = await runDueJobs(db, handlers);
      await options.onPoll?.(result);
    } catch (error) {
      console.error("the job runner could not poll:", error);
    }
  };
  const loop = () => {
    if (stopped) return;
    running = poll().finally(() => {
      if (!stopped) timer = setTimeout(loop, options.pollMs);
    });
  };
  loop();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
