import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { checkDatabase, createHealthMonitor, type DatabaseHealth, type HealthMonitor } from "./health";

/** A client whose every read of the revision fails with what `answer` gives, or returns it. */
function fakeDb(answer: () => bigint | Error): Db {
  const findUnique = async () => {
    const result = answer();
    if (result instanceof Error) throw result;
    return { revision: result };
  };
  return { catalogueRevision: { findUnique } } as unknown as Db;
}

const refused = () => new Error("\nInvalid `db.catalogueRevision.findUnique()` invocation in\n…\nCan't reach database server at 127.0.0.1:5999");

/** A check's result as checkDatabase gives it: up with `revision`, refused, or failed after waiting in a full pool. */
const checked = (answer: bigint | "refused" | "busy"): DatabaseHealth =>
  typeof answer === "bigint"
    ? { up: true, checkedAt: new Date(), revision: answer, roundTripMs: 1 }
    : { up: false, checkedAt: new Date(), error: answer, busy: answer === "busy" };

/** Waits until `monitor` has checked at least `checks` more times. */
async function afterChecks(monitor: HealthMonitor, counter: () => number, checks: number) {
  const target = counter() + checks;
  while (counter() < target) {
    monitor.current();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("database health", () => {
  let monitor: HealthMonitor | undefined;
  afterEach(() => monitor?.stop());

  it("names the cause of a failure, not where Prisma was called", async () => {
    // A client without a pool of its own never waits in one: its failure is the database's.
    expect(await checkDatabase(fakeDb(refused))).toMatchObject({ up: false, error: "Can't reach database server at 127.0.0.1:5999", busy: false });
    expect(await checkDatabase(fakeDb(() => 7n))).toMatchObject({ up: true, revision: 7n });
  });

  it("marks the database down at the first refused check and up at the first that succeeds", async () => {
    let checks = 0;
    let answer: bigint | "refused" = "refused";
    monitor = createHealthMonitor(async () => (checks++, checked(answer)), { intervalMs: 1, busyGraceMs: 60_000 });
    await afterChecks(monitor, () => checks, 1);
    await afterChecks(monitor, () => checks, 1);
    expect(monitor.current().up).toBe(false);
    answer = 3n;
    await afterChecks(monitor, () => checks, 2);
    expect(monitor.current()).toMatchObject({ up: true, revision: 3n });
  });

  it("keeps a busy pool up until it has been busy for the grace period", async () => {
    let checks = 0;
    monitor = createHealthMonitor(async () => (checks++, checked("busy")), { intervalMs: 1, busyGraceMs: 60_000 });
    await afterChecks(monitor, () => checks, 5);
    expect(monitor.current().up).toBe(true);
    monitor.stop();

    checks = 0;
    monitor = createHealthMonitor(async () => (checks++, checked("busy")), { intervalMs: 1, busyGraceMs: 30 });
    const started = Date.now();
    while (Date.now() - started < 100) await afterChecks(monitor, () => checks, 1);
    expect(monitor.current()).toMatchObject({ up: false, busy: true });
  });
});
