// The one database client. Prisma talks to PostgreSQL through the pg driver adapter, so it
// cannot tell an embedded PGlite (served on a local port) from a PostgreSQL server.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";

export type Db = PrismaClient;

/**
 * PGlite serves one connection at a time: more connections interleave their messages,
 * so the embedded database gets a pool of exactly one.
 */
export function createDb(connectionString: string, poolSize = env.DATABASE_POOL_SIZE): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: poolSize }) });
}

declare global {
  // Survives Next's hot reloads in development, so reloads do not open new pools.
  var palasetDb: Db | undefined;
}

/** The app's client, created on first use and kept across hot reloads. */
export function getDb(): Db {
  if (!globalThis.palasetDb) {
    if (!env.DATABASE_URL) {
      throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database");
    }
    globalThis.palasetDb = createDb(env.DATABASE_URL);
  }
  return globalThis.palasetDb;
}
