// The migrations must build exactly the database that prisma/schema.prisma describes:
// we compare a migrated database with one built from Prisma's own SQL for the schema.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/db/migrate";
import { schemaDiffSql } from "../../scripts/lib/schema-diff";
import { describeSchema } from "../support/catalog";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases";

describe.each(databaseKinds())("schema drift (%s)", (kind) => {
  let migrated: TestDatabase;
  let fromSchema: TestDatabase;

  beforeAll(async () => {
    migrated = await createTestDatabase(kind);
    fromSchema = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await migrated?.drop();
    await fromSchema?.drop();
  });

  it("migrations match schema.prisma: every table, column, type, nullability, key and index", async () => {
    await applyMigrations(migrated.url);
    const sql = await schemaDiffSql({ from: "empty", to: "prisma/schema.prisma", url: fromSchema.url });
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    // Prisma's schema cannot declare the extension its trigram index needs; the migration does.
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
    await client.query(sql);
    await client.end();

    const expected = await describeSchema(fromSchema.url);
    expect(expected.columns.length).toBeGreaterThan(50);
    expect(await describeSchema(migrated.url)).toEqual(expected);
  });
});
