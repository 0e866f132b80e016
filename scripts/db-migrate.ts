// npm run db:migrate: applies pending SQL migrations to the configured database.
import { runScript } from "./lib/run-script";

await runScript(async () => {
  const { openDatabase } = await import("@/db/connect");
  const { applyMigrations } = await import("@/db/migrate");
  const database = await openDatabase();
  try {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `applied ${applied.join(", ")}` : "database is up to date");
  } finally {
    await database.close();
  }
});
