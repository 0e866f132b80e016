// The databases integration tests run against: always an embedded PGlite, and also the
// PostgreSQL server named by TEST_DATABASE_URL. Each test file gets fresh databases.
import pg from "pg";
import { randomUUID } from "node:crypto";
import { startEmbeddedDatabase } from "@/db/embedded";
import { env } from "@/env";

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
