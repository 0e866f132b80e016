// The whole path from content files to an up-to-date database: migrate, load, seed. The
// models are written while they are read, so that parsing and PostgreSQL's indexing overlap.
import { createDb } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { streamContent } from "./load";
import { seedCatalogue, type SeedReport } from "./seed";

export async function migrateAndSeed(
  url: string,
  poolSize: number,
  contentDir = "content",
): Promise<{ migrations: string[]; report: SeedReport }> {
  const migrations = await applyMigrations(url);
  const catalogue = await streamContent(contentDir);
  const db = createDb(url, poolSize);
  try {
    return { migrations, report: await seedCatalogue(db, catalogue) };
  } finally {
    await db.$disconnect();
  }
}
