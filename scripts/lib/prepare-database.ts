// Brings a database up to date for the scripts: the migrations, then the content folder,
// through a client of its own that it closes again (the embedded database serves one
// connection at a time, and the server started next needs it). The seed's progress goes to
// stderr (scripts/lib/progress.ts).
import { createDb } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { seedFolder, type SeedOptions, type SeedReport } from "@/store/seed";
import { progressLine } from "./progress";

export async function migrateAndSeed(
  database: { url: string; poolSize: number },
  contentDir: string,
  options: SeedOptions = {},
): Promise<SeedReport> {
  await applyMigrations(database.url);
  const db = createDb(database.url, database.poolSize);
  try {
    const progress = progressLine("models read and written");
    return await seedFolder(db, contentDir, { onProgress: ({ done, total }) => progress(done, total), ...options });
  } finally {
    await db.$disconnect();
  }
}

/** The seed's counts as a table, and the models it kept as editors left them, by name. */
export function printSeedReport(report: SeedReport) {
  console.table(Object.fromEntries(Object.entries(report).map(([kind, { conflicts, ...counts }]) => [kind, { ...counts, conflicts: conflicts.length }])));
  for (const slug of report.models.conflicts) {
    console.warn(`conflict: models/${slug} changed in the working area since it was last seeded, and its files changed too; kept the editor's version (npm run db:seed -- --force takes the files)`);
  }
}
