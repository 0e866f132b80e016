// Applies the SQL migrations in prisma/migrations and records them in `_prisma_migrations`
// the way `prisma migrate deploy` does, so the two stay interchangeable. We need our own
// because Prisma's native schema engine cannot be downloaded on our machines.
import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";

export class MigrationChangedError extends Error {
  readonly code = "MIGRATION_CHANGED";
  constructor(name: string) {
    super(`Migration ${name} was changed after it was applied; add a new migration instead.`);
    this.name = "MigrationChangedError";
  }
}

// Prisma's own bookkeeping table, column for column.
const bookkeeping = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Serialises concurrent migrators on a server; the number is Prisma's.
const advisoryLock = 72707369;

type Migration = { name: string; sql: string; checksum: string };

async function readMigrations(dir: string): Promise<Migration[]> {
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names
      .filter((name) => existsSync(join(dir, name, "migration.sql")))
      .map(async (name) => {
        const sql = await readFile(join(dir, name, "migration.sql"), "utf8");
        return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
      }),
  );
}

/** Applies every pending migration in one transaction; returns the names applied. */
export async function applyMigrations(connectionString: string, dir = "prisma/migrations"): Promise<string[]> {
  const migrations = await readMigrations(dir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [advisoryLock]);
    await client.query(bookkeeping);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const applied: string[] = [];
    for (const migration of migrations) {
      const recorded = done.get(migration.name);
      if (recorded !== undefined) {
        if (recorded !== migration.checksum) throw new MigrationChangedError(migration.name);
        continue;
      }
      await client.query(migration.sql);
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), 1)`,
        [randomUUID(), migration.checksum, migration.name],
      );
      applied.push(migration.name);
    }
    await client.query("COMMIT");
    return applied;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
