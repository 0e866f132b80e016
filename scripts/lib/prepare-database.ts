// Brings a database up to date for the scripts: the migrations, then the content folder,
// through a client of its own that it closes again (the embedded database serves one
// connection at a time, and the server started next needs it).
import { createDb } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { seedFolder, type SeedReport } from "@/store/seed";

export async function migrateAndSeed(database: { url: string; poolSize: number }, contentDir: string): Promise<SeedReport> {
  await applyMigrations(database.url);
  const db = createDb(database.url, database.poolSize);
  try {
    return await seedFolder(db, contentDir);
  } finally {
    await db.$disconnect();
  }
}
