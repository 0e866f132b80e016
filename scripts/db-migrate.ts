// npm run db:migrate: applies pending SQL migrations to the configured database.
import { openDatabase } from "@/db/connect";
import { applyMigrations } from "@/db/migrate";

const database = await openDatabase();
try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `applied ${applied.join(", ")}` : "database is up to date");
} finally {
  await database.close();
}
