// Makes database clients. Prisma talks to PostgreSQL through the pg driver adapter, so it
// cannot tell an embedded PGlite (served on a local port) from a PostgreSQL server. Callers
// pass the client on to the functions that read or write (./app.ts holds the app's own).
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient;

declare global {
  /**
   * The pg pool of each client createDb made, by client. One map per process: Next bundles
   * this module once per route, and the app's one client (./app.ts) is shared by all of them.
   * Keyed by the client itself, so a transaction's client (another object, which would pass
   * a property lookup on to the client's) has none.
   */
  var palasetDbPools: WeakMap<object, pg.Pool> | undefined;
}
const pools = (globalThis.palasetDbPools ??= new WeakMap());

/**
 * The start of a statement that each connection prepares once and then runs by name, so that
 * PostgreSQL plans it once rather than on every request: planning the catalogue search took
 * 3-4 ms of a narrow search's 13. Only for statements whose text takes a bounded number of
 * shapes (the values are parameters): a connection keeps every statement it has prepared.
 */
export const preparedMark = "/* prepared */";

/** The name a marked statement is prepared under, from its text; others go unnamed (""). */
function statementName({ sql }: { sql: string }): string {
  return sql.startsWith(preparedMark) ? `p_${createHash("sha1").update(sql).digest("hex")}` : "";
}

/**
 * A new connection forgets the prepared statements of earlier ones, before the pool hands it
 * out: the embedded database has one session that every connection shares, so a statement
 * prepared through a connection since closed is still there, and preparing it again under its
 * name would fail (42P05).
 */
async function forgetPreparedStatements(client: pg.ClientBase) {
  await client.query("DEALLOCATE ALL");
}

/**
 * PGlite serves one connection at a time: more connections interleave their messages,
 * so the embedded database gets a pool of exactly one. The client ends the pool when it
 * disconnects.
 */
export function createDb(connectionString: string, poolSize: number, timeouts?: Timeouts): Db {
  const limits = timeouts && { connectionTimeoutMillis: timeouts.connectMs, statement_timeout: timeouts.statementMs };
  const pool = new pg.Pool({ connectionString, max: poolSize, ...limits, onConnect: forgetPreparedStatements });
  // An idle connection the database closes (a restart) fails on the pool, which drops it; with
  // no listener the error would end the process before Prisma has added its own.
  pool.on("error", () => {});
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true, statementNameGenerator: statementName }) });
  pools.set(db, pool);
  return db;
}

/**
 * The pg pool under a client createDb made (none for a transaction's client), for a small read
 * made on every request: through the pool it costs about a tenth of the CPU that Prisma spends
 * building and interpreting even a one-row query. Rows come back as pg gives them (bigint as text).
 */
export function poolOf(db: object): pg.Pool | undefined {
  return pools.get(db);
}

/**
 * How long the app waits for a connection, and how long PostgreSQL lets one statement run
 * before cancelling it. The app's own client has them; migrations and the seed do not, since
 * they may rightly take minutes. The embedded database cannot cancel a statement (PGlite has
 * no timer signals): there the connection timeout still holds, and the search's own limits
 * (at most 20 values per filter, a bounded query) bound what one statement can cost.
 */
export type Timeouts = { connectMs: number; statementMs: number };
