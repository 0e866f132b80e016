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
export function createDb(connectionString: string, poolSize: number): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}
