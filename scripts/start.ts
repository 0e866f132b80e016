// npm start: brings the catalogue up on one machine. Opens the database (embedded unless
// DATABASE_URL is set), migrates and seeds it, builds the app when its sources changed since
// the last build, and runs the server (scripts/serve.ts) connected to that database. The
// embedded database lives in this process, so the server is its child: SIGTERM and SIGINT are
// passed on to it, the database closes only after it has exited, and it stops by itself if
// this process is killed outright.
// npm run dev (--dev): the same with hot reload instead of a build.
import { ContentErrors } from "@/content/errors";
import { openDatabase } from "@/db/connect";
import { env } from "@/env";
import { ensureBuilt } from "./lib/build";
import { migrateAndSeed } from "./lib/prepare-database";
import { spawnServer, superviseServer } from "./lib/server-process";

const dev = process.argv.includes("--dev");
const started = Date.now();
const database = await openDatabase();
let exitCode = 0;
try {
  const report = await migrateAndSeed(database, env.PALASET_CONTENT_DIR);
  const m = report.models;
  console.log(`database ready (${database.embedded ? "embedded" : "server"}): models ${m.created} new, ${m.updated} updated, ${m.unchanged} unchanged`);

  if (!dev) exitCode = await ensureBuilt();
  if (exitCode === 0) {
    console.log(`starting on http://${env.HOST}:${env.PORT} (${((Date.now() - started) / 1000).toFixed(1)} s to here)`);
    const server = spawnServer({ dev, env: { DATABASE_URL: database.url, DATABASE_POOL_SIZE: String(database.poolSize) } });
    exitCode = await superviseServer(server);
  }
} catch (error) {
  console.error(error instanceof ContentErrors ? error.message : error);
  exitCode = 1;
} finally {
  await database.close();
}
process.exit(exitCode);
