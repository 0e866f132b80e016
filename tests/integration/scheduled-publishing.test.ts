// Scheduled publishing on both databases: a due job runs exactly once with two runners polling
// at the same moment (on the server, two clients as two instances would have); jobs that fell
// due while nothing ran are done on the first poll; a job whose draft changed fails with a
// reason, an audit entry and a notification mailed to the publisher; an error that may pass is tried again
// later and rolls back what the job wrote; only a publisher schedules, never in the past.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Mail, Mailer } from "@/auth/mail";
import { NotAllowedError } from "@/auth/people-admin";
import type { Viewer } from "@/auth/permissions";
import { createUser } from "@/auth/users";
import type { ModelDocument } from "@/content/document";
import { createDb, type Db } from "@/db/client";
import { createModel, openModel, saveDraft, submitForReview } from "@/editorial/models";
import { cancelSchedule, editorialJobs, readSchedules, scheduleArchive, schedulePublish, ScheduleTimeError } from "@/editorial/schedule";
import { mailNotifications } from "@/notifications/mail";
import { maxAttempts, runDueJobs, startJobRunner, type JobHandlers } from "@/jobs/runner";
import { readModelPage } from "@/queries/models";
import { viewerOf } from "../support/viewers";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";

const password = "oikein-pitkä-salasana";
const minute = 60_000;

const draft = (slug: string, name: string): ModelDocument => ({
  slug,
  facts: { themes: [], developers: ["porin-tukiyhdistys"] },
  texts: {
    fi: { name, shortDescription: "Ryhmä kokoontuu kerran viikossa.", sections: { "basic-idea": "Jokainen saa puheenvuoron." } },
  },
});

describe.each(databaseKinds())("scheduled publishing (%s)", (kind) => {
  let database: SeededDatabase;
  /** A second instance's client: on the server its own pool; PGlite serves one connection, so the same one. */
  let second: Db;
  let editor: Viewer;
  let publisher: Viewer;

  const versionOf = async (id: string) => (await database.db.practiceModel.findUniqueOrThrow({ where: { id } })).version;

  /** A model in review, ready to be scheduled. */
  async function inReview(slug: string, name: string) {
    const id = await createModel(database.db, editor, draft(slug, name), "fi");
    await submitForReview(database.db, editor, { id, baseVersion: await versionOf(id) });
    return id;
  }

  beforeAll(async () => {
    database = await seededDatabase(kind);
    second = kind === "server" ? createDb(database.url, 4) : database.db;
    await createUser(database.db, { email: "ed@example.fi", name: "Editori", password, memberships: [{ organisationKey: "porin-tukiyhdistys", role: "EDITOR" }] });
    await createUser(database.db, { email: "pub@example.fi", name: "Julkaisija", password, memberships: [{ organisationKey: "porin-tukiyhdistys", role: "PUBLISHER" }] });
    editor = await viewerOf(database.db, "ed@example.fi");
    publisher = await viewerOf(database.db, "pub@example.fi");
  });
  afterAll(async () => {
    if (second !== database?.db) await second?.$disconnect();
    await database?.drop();
  });

  it("publishes when due, exactly once, with two runners polling at the same moment", async () => {
    const id = await inReview("ajastettu-ryhma", "Ajastettu ryhmä");
    const runAt = new Date(Date.now() + 10 * minute);
    await schedulePublish(database.db, publisher, { id, baseVersion: await versionOf(id) }, runAt, { locales: ["fi"], changeNotes: { fi: "Ensimmäinen julkaisu." } });

    // Not yet due: nothing happens.
    expect((await runDueJobs(database.db, editorialJobs, new Date(runAt.getTime() - 1))).done).toHaveLength(0);
    expect(await readModelPage(database.db, "fi", "ajastettu-ryhma")).toBeNull();

    const due = new Date(runAt.getTime() + 1);
    const [a, b] = await Promise.all([runDueJobs(database.db, editorialJobs, due), runDueJobs(second, editorialJobs, due)]);
    expect(a.done.length + b.done.length).toBe(1);
    expect([...a.failed, ...b.failed]).toEqual([]);
    expect((await readModelPage(database.db, "fi", "ajastettu-ryhma"))?.name).toBe("Ajastettu ryhmä");
    expect(await database.db.auditEntry.count({ where: { subjectId: id, action: "model-published", actorId: publisher.id } })).toBe(1);
    expect(await database.db.modelRevision.count({ where: { modelId: id, state: "PUBLISHED" } })).toBe(1);
    expect((await database.db.scheduledJob.findFirstOrThrow({ where: { modelId: id } })).state).toBe("DONE");
    expect(await readSchedules(database.db, id)).toEqual([]);
  });

  it("runs each of many due jobs once while two runners compete for them", async () => {
    await database.db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS test_job_runs (job uuid NOT NULL)`);
    const handlers: JobHandlers = {
      "test.count": {
        // Holds its lock a moment, so that the other runner polls meanwhile.
        run: async (tx, job) => {
          await tx.$executeRaw`INSERT INTO test_job_runs (job) VALUES (${job.id}::uuid)`;
          await new Promise((resolve) => setTimeout(resolve, 50));
        },
        failure: () => null,
      },
    };
    const now = new Date();
    await database.db.scheduledJob.createMany({ data: Array.from({ length: 6 }, () => ({ kind: "test.count", runAt: new Date(now.getTime() - minute), createdByName: "test" })) });
    const [a, b] = await Promise.all([runDueJobs(database.db, handlers, now), runDueJobs(second, handlers, now)]);
    expect(a.done.length + b.done.length).toBe(6);
    const runs = await database.db.$queryRaw<{ job: string; n: bigint }[]>`SELECT job::text, count(*) AS n FROM test_job_runs GROUP BY job`;
    expect(runs).toHaveLength(6);
    expect(runs.every((r) => Number(r.n) === 1)).toBe(true);
  });

  it("catches up on the first poll with jobs that fell due while nothing ran", async () => {
    const id = await inReview("myohassa-ryhma", "Myöhässä ryhmä");
    // Scheduled for a minute ago, as if every instance had been down when it fell due.
    await schedulePublish(database.db, publisher, { id, baseVersion: await versionOf(id) }, new Date(Date.now() + minute), { locales: ["fi"], changeNotes: null });
    await database.db.scheduledJob.updateMany({ where: { modelId: id }, data: { runAt: new Date(Date.now() - minute) } });
    const runner = startJobRunner(database.db, editorialJobs, { pollMs: 10 * minute });
    try {
      await expect.poll(async () => (await database.db.scheduledJob.findFirstOrThrow({ where: { modelId: id } })).state, { timeout: 20_000 }).toBe("DONE");
    } finally {
      await runner.stop();
    }
    expect((await readModelPage(database.db, "fi", "myohassa-ryhma"))?.name).toBe("Myöhässä ryhmä");
  });

  it("fails a publish whose draft changed after scheduling, records why and mails the publisher", async () => {
    const id = await inReview("muuttunut-ryhma", "Muuttunut ryhmä");
    const runAt = new Date(Date.now() + minute);
    await schedulePublish(database.db, publisher, { id, baseVersion: await versionOf(id) }, runAt, { locales: ["fi"], changeNotes: null });
    const model = (await openModel(database.db, editor, id))!;
    const changed = structuredClone(model.document);
    changed.texts.fi!.shortDescription = "Joku muutti tätä ajastuksen jälkeen.";
    await saveDraft(database.db, editor, { id, baseVersion: model.version }, changed);

    const result = await runDueJobs(database.db, editorialJobs, new Date(runAt.getTime() + 1));
    expect(result.failed.map((f) => f.failure)).toEqual(["changedSinceScheduled"]);
    expect(await readModelPage(database.db, "fi", "muuttunut-ryhma")).toBeNull();
    expect(await readSchedules(database.db, id)).toMatchObject([{ state: "FAILED", failure: "changedSinceScheduled", createdByName: "Julkaisija" }]);
    expect(await database.db.auditEntry.count({ where: { subjectId: id, action: "schedule-failed" } })).toBe(1);

    // The publisher hears of it in their list and by mail, in the language they chose.
    await database.db.notificationSetting.create({ data: { userId: publisher.id, mail: "EACH", locale: "sv" } });
    await database.db.notification.updateMany({ where: { kind: { not: "schedule-failed" } }, data: { mailedAt: new Date() } });
    const sent: Mail[] = [];
    const mailer: Mailer = { canSend: true, send: async (mail) => (sent.push(mail), true) };
    await mailNotifications(database.db, mailer);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: "pub@example.fi", subject: "Schemaläggningen blev ogjord: Muuttunut ryhmä" });
    expect(sent[0]!.text).toContain("utkastet ändrades efter schemaläggningen");
    expect(sent[0]!.text).toContain(`/sv/redaktion/modeller/${id}`);
  });

  it("tries an error that may pass again later, undoing what the job wrote, and fails it after the last try", async () => {
    const handlers: JobHandlers = {
      "test.flaky": {
        run: async (tx, job) => {
          await tx.$executeRaw`INSERT INTO test_job_runs (job) VALUES (${job.id}::uuid)`;
          throw new Error("the network went away");
        },
        failure: () => null,
      },
    };
    await database.db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS test_job_runs (job uuid NOT NULL)`);
    const job = await database.db.scheduledJob.create({ data: { kind: "test.flaky", runAt: new Date(Date.now() - minute), createdByName: "test" } });
    let now = new Date();
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const result = await runDueJobs(database.db, handlers, now);
      const row = await database.db.scheduledJob.findUniqueOrThrow({ where: { id: job.id } });
      expect(row.attempts).toBe(attempt);
      if (attempt < maxAttempts) {
        expect(result.retried.map((j) => j.id)).toEqual([job.id]);
        expect(row.state).toBe("PENDING");
        expect(row.runAt.getTime()).toBeGreaterThan(now.getTime());
        now = new Date(row.runAt.getTime() + 1);
      } else {
        expect(result.failed).toMatchObject([{ failure: "error" }]);
        expect(row.state).toBe("FAILED");
      }
    }
    const runs = await database.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM test_job_runs WHERE job = ${job.id}::uuid`;
    expect(Number(runs[0]!.n)).toBe(0);
  });

  it("lets only a publisher schedule, for a time ahead, and cancel; a cancelled job does not run", async () => {
    const id = await inReview("peruttu-ryhma", "Peruttu ryhmä");
    const at = { id, baseVersion: await versionOf(id) };
    const publication = { locales: ["fi" as const], changeNotes: null };
    const later = new Date(Date.now() + minute);
    await expect(schedulePublish(database.db, editor, at, later, publication)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(schedulePublish(database.db, publisher, at, new Date(Date.now() - 1), publication)).rejects.toBeInstanceOf(ScheduleTimeError);
    await expect(schedulePublish(database.db, publisher, at, new Date(Date.now() + 400 * 24 * 60 * minute), publication)).rejects.toBeInstanceOf(ScheduleTimeError);
    const first = await schedulePublish(database.db, publisher, at, later, publication);
    // A new schedule replaces the pending one: a model has one at a time.
    const second = await schedulePublish(database.db, publisher, at, new Date(later.getTime() + minute), publication);
    expect((await database.db.scheduledJob.findUniqueOrThrow({ where: { id: first.id } })).state).toBe("CANCELLED");
    await expect(cancelSchedule(database.db, editor, second.id)).rejects.toBeInstanceOf(NotAllowedError);
    await cancelSchedule(database.db, publisher, second.id);
    expect((await runDueJobs(database.db, editorialJobs, new Date(Date.now() + 10 * minute))).done.filter((j) => j.modelId === id)).toEqual([]);
    expect(await readModelPage(database.db, "fi", "peruttu-ryhma")).toBeNull();
    expect(await database.db.auditEntry.count({ where: { subjectId: id, action: { in: ["schedule-set", "schedule-cancelled"] } } })).toBe(3);
  });

  it("archives a live model at the time set", async () => {
    const id = await inReview("arkistoitava-ryhma", "Arkistoitava ryhmä");
    const runAt = new Date(Date.now() + minute);
    await schedulePublish(database.db, publisher, { id, baseVersion: await versionOf(id) }, runAt, { locales: ["fi"], changeNotes: null });
    await runDueJobs(database.db, editorialJobs, new Date(runAt.getTime() + 1));
    expect(await readModelPage(database.db, "fi", "arkistoitava-ryhma")).not.toBeNull();
    const archiveAt = new Date(Date.now() + 2 * minute);
    await scheduleArchive(database.db, publisher, { id, baseVersion: await versionOf(id) }, archiveAt, "Toiminta on päättynyt.");
    expect((await runDueJobs(database.db, editorialJobs, new Date(archiveAt.getTime() + 1))).done).toHaveLength(1);
    expect(await readModelPage(database.db, "fi", "arkistoitava-ryhma")).toBeNull();
    expect((await database.db.practiceModel.findUniqueOrThrow({ where: { id } })).state).toBe("ARCHIVED");
  });
});
