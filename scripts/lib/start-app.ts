// npm start's work (scripts/start.ts runs it): opens the database (embedded unless
// DATABASE_URL is set), migrates it, seeds it from the content folder (unless
// PALASET_SEED_ON_START=false, for a deployment that seeds as a step of its own), builds the
// app when its sources changed since the last build, and runs the server (scripts/serve.ts)
// connected to that database. The embedded database lives in this process, so the server is
// its child: SIGTERM and SIGINT are passed on to it, the database closes only after it has
// exited, and it stops by itself if this process is killed outright. A SIGTERM that comes
// while the database is being prepared lets the current step finish (the seed is one
// transaction), then closes the database and exits without starting the server.
import { openDatabase } from "@/db/connect";
import { applyMigrations } from "@/db/migrate";
import { env } from "@/env";
import { ensureBuilt } from "./build";
import { migrateAndSeed } from "./prepare-database";
import { spawnServer, superviseServer } from "./server-process";

export async function startApp(dev: boolean): Promise<number> {
  const started = Date.now();
  let stopRequested: NodeJS.Signals | null = null;
  const requestStop = (signal: NodeJS.Signals) => {
    stopRequested = signal;
    console.log(`${signal}: stopping once the database is ready to close`);
  };
  process.on("SIGTERM", requestStop).on("SIGINT", requestStop);
  const database = await openDatabase();
  try {
    if (env.PALASET_SEED_ON_START) {
      const m = (await migrateAndSeed(database, env.PALASET_CONTENT_DIR)).models;
      console.log(`database ready (${database.embedded ? "embedded" : "server"}): models ${m.created} new, ${m.updated} updated, ${m.unchanged} unchanged`);
      for (const slug of m.conflicts) console.warn(`conflict: models/${slug} kept as edited in the working area (npm run db:seed -- --force takes the files)`);
    } else {
      await applyMigrations(database.url);
      console.log(`database ready (${database.embedded ? "embedded" : "server"}), not seeded (PALASET_SEED_ON_START=false)`);
    }
    if (stopRequested) return 0;
    if (!dev) {
      const built = await ensureBuilt();
      if (built !== 0 || stopRequested) return built;
    }
    process.off("SIGTERM", requestStop).off("SIGINT", requestStop);
    console.log(`starting on http://${env.HOST}:${env.PORT} (${((Date.now() - started) / 1000).toFixed(1)} s to here)`);
    const server = spawnServer({ dev, env: { DATABASE_URL: database.url, DATABASE_POOL_SIZE: String(database.poolSize) } });
    return await superviseServer(server);
  } finally {
    await database.close();
  }
}
