// npm run db:seed: migrates, then loads the content folder into the configured database.
import { runScript } from "./lib/run-script";

await runScript(async () => {
  const { openDatabase } = await import("@/db/connect");
  const { env } = await import("@/env");
  const { migrateAndSeed } = await import("./lib/prepare-database");
  const database = await openDatabase();
  try {
    console.table(await migrateAndSeed(database, env.PALASET_CONTENT_DIR));
  } finally {
    await database.close();
  }
});
