// The app's own database client, made on first use from DATABASE_URL (`npm start` sets it to
// the embedded database it started, or passes the server's on). Tests and the benchmark make
// their own clients with createDb and never use this one. DATABASE_READ_URL adds a second client,
// for a streaming replica that public reads go to.
//
// It is kept on globalThis, once per process, for one reason: Next bundles pages and route
// handlers separately, each with its own copy of this module (and reloads modules in
// development). Two copies would mean two pools, and the embedded database serves one
// connection at a time: the second pool would wait until the first let its connection idle
// out, ten seconds later. Nothing else assigns or replaces it.
import { env } from "@/env";
import { createDb, type Db } from "./client";
import { checkDatabase, createHealthMonitor, type HealthMonitor } from "./health";

declare global {
  var palasetAppDb: Db | undefined;
  var palasetAppHealth: HealthMonitor | undefined;
  var palasetAppReadDb: Db | undefined;
  var palasetAppReadHealth: HealthMonitor | undefined;
}

export function getAppDb(): Db {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database");
  }
  globalThis.palasetAppDb ??= createDb(env.DATABASE_URL, env.DATABASE_POOL_SIZE, {
    connectMs: env.PALASET_DB_CONNECT_TIMEOUT_MS,
    statementMs: env.PALASET_DB_STATEMENT_TIMEOUT_MS,
  });
  return globalThis.palasetAppDb;
}

/** Whether the app's database answers (src/db/health.ts), one monitor per process. */
export function getAppHealth(): HealthMonitor {
  globalThis.palasetAppHealth ??= createHealthMonitor(() => checkDatabase(getAppDb()), { busyGraceMs: env.PALASET_DB_STATEMENT_TIMEOUT_MS });
  return globalThis.palasetAppHealth;
}

/** The streaming replica named by DATABASE_READ_URL, for public reads (src/catalogue.ts); null without one. */
export function getAppReadDb(): Db | null {
  if (!env.DATABASE_READ_URL) return null;
  globalThis.palasetAppReadDb ??= createDb(env.DATABASE_READ_URL, env.DATABASE_POOL_SIZE, {
    connectMs: env.PALASET_DB_CONNECT_TIMEOUT_MS,
    statementMs: env.PALASET_DB_STATEMENT_TIMEOUT_MS,
  });
  return globalThis.palasetAppReadDb;
}

/** Whether the replica answers: while it does not, public reads go to the primary. Null without one. */
export function getAppReadHealth(): HealthMonitor | null {
  const replica = getAppReadDb();
  if (!replica) return null;
  globalThis.palasetAppReadHealth ??= createHealthMonitor(() => checkDatabase(replica), { busyGraceMs: env.PALASET_DB_STATEMENT_TIMEOUT_MS });
  return globalThis.palasetAppReadHealth;
}
