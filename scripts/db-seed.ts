// npm run db:seed: migrates, then loads content/ into the configured database.
import { ContentErrors } from "@/content/errors";
import { openDatabase } from "@/db/connect";
import { env } from "@/env";
import { migrateAndSeed } from "./lib/prepare-database";

const database = await openDatabase();
try {
  const report = await migrateAndSeed(database, env.PALASET_CONTENT_DIR);
  console.table(report);
} catch (error) {
  console.error(error instanceof ContentErrors ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
