// Whether the database answers, known before a request starts rendering: a page cannot change
// its status once it streams, so pages and the API answer 503 from this state (src/http/gate.ts)
// instead of failing half-way. From the first request on, a check runs every second; a failed
// check marks the database down at once, and the first check that succeeds after it marks it up
// again, so pages come back within a couple of seconds of the database, with no restart.
import { poolOf, type Db } from "./client";
import { readCatalogueRevision } from "./revision-cache";

/**
 * `busy`: the check failed after it had to wait for a connection, every one of the pool's
 * being taken: a queue, which says nothing of whether the database answers.
 */
export type DatabaseHealth =
  | { up: true; checkedAt: Date; revision: bigint; roundTripMs: number }
  | { up: false; checkedAt: Date; error: string; busy: boolean };

/** Whether every connection the client's pool may open is open and taken, so a new read waits in its queue. */
function poolIsFull(db: Db): boolean {
  const pool = poolOf(db);
  return pool !== undefined && pool.idleCount === 0 && pool.totalCount >= (pool.options.max ?? 10);
}

/** An error's own words: Prisma's message begins with where it was called and ends with the cause. */
function causeOf(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split("\n").filter((line) => line.trim());
  return lines.at(-1)?.trim() ?? "";
}

/** One round trip: the catalogue's revision and how long reading it took. */
export async function checkDatabase(db: Db): Promise<DatabaseHealth> {
  const started = performance.now();
  const queued = poolIsFull(db);
  try {
    const revision = await readCatalogueRevision(db);
    return { up: true, checkedAt: new Date(), revision, roundTripMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { up: false, checkedAt: new Date(), error: causeOf(error), busy: queued };
  }
}

export type HealthMonitor = {
  /** The state of the last check; starts checking on first use. Never waits for a check. */
  current(): DatabaseHealth;
  stop(): void;
};

/**
 * Runs `check` (checkDatabase of a client) every `intervalMs`. One check at a time: a check
 * that waits behind a long query (the embedded database serves one connection) delays the next
 * one, and only an error, not slowness, marks the database down. The pool's connection and
 * statement timeouts (src/db/app.ts) turn a database that hangs into errors. A pool whose
 * connections are all busy is a queue, not an outage (ten broad searches on the embedded
 * database's one connection): it marks the database down only when it has lasted `busyGraceMs`,
 * longer than a statement may run.
 */
export function createHealthMonitor(check: () => Promise<DatabaseHealth>, { intervalMs = 1000, busyGraceMs = 15_000 } = {}): HealthMonitor {
  let state: DatabaseHealth = { up: true, checkedAt: new Date(0), revision: 0n, roundTripMs: 0 };
  let busySince: Date | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const run = async () => {
    const checked = await check();
    if (!checked.up && checked.busy) {
      busySince ??= checked.checkedAt;
      if (checked.checkedAt.getTime() - busySince.getTime() >= busyGraceMs) state = checked;
    } else {
      busySince = undefined;
      state = checked;
    }
    if (!stopped) timer = setTimeout(() => void run(), intervalMs).unref();
  };
  return {
    current() {
      if (timer === undefined && !stopped) {
        timer = setTimeout(() => {}, 0); // marks the loop as started until the first check ends
        void run();
      }
      return state;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

export type ReplicaHealth = { up: true; revision: bigint; lagMs: number } | { up: false; error: string };

/**
 * A streaming replica's state: its catalogue revision, and how far its replay is behind (0 when
 * it has replayed all it received; otherwise the age of the last transaction it replayed).
 */
export async function checkReplica(db: Db): Promise<ReplicaHealth> {
  try {
    const [row] = await db.$queryRaw<{ lag_ms: number | null }[]>`
      SELECT CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                  ELSE EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()) * 1000 END::float8 AS lag_ms`;
    return { up: true, revision: await readCatalogueRevision(db), lagMs: Math.round(row?.lag_ms ?? 0) };
  } catch (error) {
    return { up: false, error: causeOf(error) };
  }
}
