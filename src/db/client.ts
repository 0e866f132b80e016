// Makes database clients. Prisma talks to PostgreSQL through the pg driver adapter, so it
// cannot tell an embedded PGlite (served on a local port) from a PostgreSQL server. Callers
// pass the client on to the functions that read or write (./app.ts holds the app's own).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient;

/**
 * PGlite serves one connection at a time: more connections interleave their messages,
 * so the embedded database gets a pool of exactly one.
 */
export function createDb(connectionString: string, poolSize: number, timeouts?: Timeouts): Db {
  const limits = timeouts && { connectionTimeoutMillis: timeouts.connectMs, statement_timeout: timeouts.statementMs };
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize, ...limits }) });
}

/**
 * How long the app waits for a connection, and how long PostgreSQL lets one statement run
 * before cancelling it. The app's own client has them; migrations and the seed do not, since
 * they may rightly take minutes. The embedded database cannot cancel a statement (PGlite has
 * no timer signals): there the connection timeout still holds, and the search's own limits
 * (at most 20 values per filter, a bounded query) bound what one statement can cost.
 */
export type Timeouts = { connectMs: number; statementMs: number };
