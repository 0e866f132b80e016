import { cp, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, poolOf, type Db } from "@/db/client";
import { applyMigrations, MigrationChangedError } from "@/db/migrate";
import { readCatalogueRevision } from "@/db/revision-cache";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases";

/** Tables no public page reads: accounts, the audit log, feedback, the working area's revisions and remarks, link checks. */
const privateTables = ["Account", "AuditEntry", "EditorialComment", "EvaluationRevision", "FeedbackMessage", "InstallSetting", "LinkCheck", "Membership", "ModelRevision", "Notification", "NotificationSetting", "PreviewLink", "ScheduledJob", "Session", "SignInFailure", "TranslationRequest", "TwoFactor", "UnreviewedPublication", "User", "Verification"];

describe.each(databaseKinds())("applyMigrations (%s)", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(() => db?.drop());

  it("applies each migration once and records it as Prisma does", async () => {
    const first = await applyMigrations(db.url);
    expect(first).toContain("20261127000000_init");
    expect(await applyMigrations(db.url)).toEqual([]);

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"`);
    await client.end();
    expect(rows).toHaveLength(first.length);
    expect(rows[0].checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].finished_at).toBeInstanceOf(Date);
  });

  it("bumps the catalogue revision on a write to any catalogue table, and only those, once per transaction", async () => {
    await applyMigrations(db.url);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    let expected: bigint;
    try {
      const { rows } = await client.query<{ table: string }>(`
        SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r'
          AND c.relname NOT IN ('_prisma_migrations', 'CatalogueRevision')
          AND NOT EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
            WHERE t.tgrelid = c.oid AND p.proname = 'bumpCatalogueRevision')
        ORDER BY 1`);
      // Everything else is catalogue: a new catalogue table without the trigger shows up here.
      expect(rows.map((r) => r.table)).toEqual(privateTables);

      const revision = async () => (await client.query(`SELECT revision FROM "CatalogueRevision"`)).rows[0].revision;
      const before = await revision();
      await client.query(`INSERT INTO "Organisation" (id, key, name) VALUES (gen_random_uuid(), 'revision-test', 'Test')`);
      expect(BigInt(await revision())).toBe(BigInt(before) + 1n);

      // Once per transaction, however many statements it runs.
      await client.query("BEGIN");
      for (const key of ["revision-a", "revision-b", "revision-c"]) {
        await client.query(`INSERT INTO "Organisation" (id, key, name) VALUES (gen_random_uuid(), $1, 'Test')`, [key]);
      }
      await client.query(`UPDATE "Organisation" SET name = 'Renamed' WHERE key LIKE 'revision-%'`);
      await client.query("COMMIT");
      expect(BigInt(await revision())).toBe(BigInt(before) + 2n);
      expected = BigInt(await revision());
    } finally {
      await client.end();
    }

    // The app reads it on every request through its client's pool; a transaction, through Prisma.
    const app = createDb(db.url, 1);
    try {
      expect(poolOf(app)).toBeDefined();
      expect(await readCatalogueRevision(app)).toBe(expected);
      expect(await app.$transaction(async (tx) => [poolOf(tx), await readCatalogueRevision(tx as Db)])).toEqual([undefined, expected]);
    } finally {
      await app.$disconnect();
    }
  });

  it("refuses a migration that was edited after it was applied, and changes nothing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "palaset-migrations-"));
    await cp("prisma/migrations", dir, { recursive: true });
    await writeFile(join(dir, "20261127000000_init", "migration.sql"), "-- edited\n");
    await expect(applyMigrations(db.url, dir)).rejects.toBeInstanceOf(MigrationChangedError);
    expect(await applyMigrations(db.url)).toEqual([]);
  });

  it("rolls back a failing migration completely", async () => {
    const dir = await mkdtemp(join(tmpdir(), "palaset-migrations-"));
    await cp("prisma/migrations", dir, { recursive: true });
    await cp(join(dir, "20261127000000_init"), join(dir, "20991231000000_broken"), { recursive: true });
    await writeFile(
      join(dir, "20991231000000_broken", "migration.sql"),
      `CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";\n`,
    );
    await expect(applyMigrations(db.url, dir)).rejects.toThrow(/NoSuchTable/);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query(`SELECT to_regclass('public."Half"') AS half`);
    const recorded = await client.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '20991231000000_broken'`);
    await client.end();
    expect(rows[0].half).toBeNull();
    expect(recorded.rowCount).toBe(0);
  });
});
