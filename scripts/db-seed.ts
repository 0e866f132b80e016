// npm run db:seed [-- --force]: migrates, then loads the content folder into the configured
// database. A model changed in the working area since its last seed keeps the editor's version
// when its files changed too (a conflict, reported by name); --force takes the files.
import { runScript } from "./lib/run-script";

await runScript(async () => {
  const { openDatabase } = await import("@/db/connect");
  const { env } = await import("@/env");
  const { migrateAndSeed, printSeedReport } = await import("./lib/prepare-database");
  const force = process.argv.slice(2).includes("--force");
  const database = await openDatabase();
  try {
    printSeedReport(await migrateAndSeed(database, env.PALASET_CONTENT_DIR, { force }));
  } finally {
    await database.close();
  }
});
