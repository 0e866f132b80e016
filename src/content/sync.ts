// The whole path from content files to an up-to-date database: migrate, load, seed.
import { createDb } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { loadContent } from "./load";
import { seedCatalogue, type SeedReport } from "./seed";

export async function migrateAndSeed(
  url: string,
  poolSize: number,
  contentDir = "content",
): Promise<{ migrations: string[]; report: SeedReport }> {
  const migrations = await applyMigrations(url);
  const catalogue = await loadContent(contentDir);
  const db = createDb(url, poolSize);
  try {
    return { migrations, report: await seedCatalogue(db, catalogue) };
  } finally {
    await db.$disconnect();
  }
}
