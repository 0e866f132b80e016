// The databases integration tests run against: always an embedded PGlite, and also the
// PostgreSQL server named by TEST_DATABASE_URL. Each test file gets fresh databases.
import pg from "pg";
import { randomUUID } from "node:crypto";
import { createDb, type Db } from "@/db/client";
import { startEmbeddedDatabase } from "@/db/embedded";
import { applyMigrations } from "@/db/migrate";
import { env } from "@/env";
import { seedFolder, type SeedReport } from "@/store/seed";
import { fixtureCatalogue } from "./content";

export type DatabaseKind = "embedded" | "server";
export type TestDatabase = { kind: DatabaseKind; url: string; poolSize: number; drop: () => Promise<void> };

export function databaseKinds(): DatabaseKind[] {
  if (env.CI && !env.TEST_DATABASE_URL) {
    throw new Error("CI must test against a PostgreSQL server too: set TEST_DATABASE_URL");
  }
  return env.TEST_DATABASE_URL ? ["embedded", "server"] : ["embedded"];
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === "embedded") {
    const db = await startEmbeddedDatabase(null);
    return { kind, url: db.url, poolSize: 1, drop: db.stop };
  }
  const name = `palaset_test_${randomUUID().replaceAll("-", "")}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(env.TEST_DATABASE_URL ?? "");
  url.pathname = `/${name}`;
  return {
    kind,
    url: url.toString(),
    poolSize: 4,
    drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export type SeededDatabase = TestDatabase & { db: Db; report: SeedReport };

/** A fresh database, migrated and seeded from `contentDir`, with a client of its own. */
export async function seededDatabase(kind: DatabaseKind, contentDir = fixtureCatalogue, options?: Parameters<typeof seedFolder>[2]): Promise<SeededDatabase> {
  const database = await createTestDatabase(kind);
  // Migrate before the client connects: the embedded database serves one connection at a time.
  await applyMigrations(database.url);
  const db = createDb(database.url, database.poolSize);
  const report = await seedFolder(db, contentDir, options);
  const drop = async () => {
    await db.$disconnect();
    await database.drop();
  };
  return { ...database, db, report, drop };
}
