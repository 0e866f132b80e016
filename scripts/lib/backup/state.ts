// What a database holds before a restore replaces it: whether it has tables at all, which
// migrations it has applied, and its catalogue revision. Works on a server and on the
// embedded database served on its port alike.
import pg from "pg";
import { BackupError } from "./errors";

export type DatabaseState = {
  tables: number;
  /** Applied migrations; null when there is no _prisma_migrations table. */
  migrations: string[] | null;
  revision: bigint;
};

/** What the target database holds now: its tables, applied migrations and catalogue revision. */
export async function databaseState(url: string): Promise<DatabaseState> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect().catch((error: unknown) => {
    throw new BackupError("UNREACHABLE", `cannot connect to the database server: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    const tables = await client.query<{ count: number }>("SELECT count(*)::int AS count FROM pg_tables WHERE schemaname = current_schema()");
    const has = async (table: string) => (await client.query<{ found: boolean }>("SELECT to_regclass($1) IS NOT NULL AS found", [`"${table}"`])).rows[0]?.found === true;
    const migrations = (await has("_prisma_migrations"))
      ? (await client.query<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)).rows.map((r) => r.name)
      : null;
    const revision = (await has("CatalogueRevision"))
      ? BigInt((await client.query<{ revision: string }>(`SELECT revision::text FROM "CatalogueRevision" WHERE id = 1`)).rows[0]?.revision ?? "0")
      : 0n;
    return { tables: tables.rows[0]?.count ?? 0, migrations, revision };
  } finally {
    await client.end();
  }
}
