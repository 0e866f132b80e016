// npm start: brings the catalogue up on one machine. Opens the database (embedded unless
// DATABASE_URL is set), migrates and seeds it, builds the app when its sources changed since
// the last build, and runs `next start` connected to that database.
// npm run dev (--dev): the same with `next dev` instead of a build.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ContentErrors } from "@/content/errors";
import { migrateAndSeed } from "@/content/sync";
import { openDatabase } from "@/db/connect";
import { env } from "@/env";

const buildInputs = ["src", "messages", "public", "package-lock.json", "next.config.ts", "postcss.config.mjs", "tsconfig.json"];
const stampFile = join(".next", "palaset-build-stamp");

function hashInputs(): string {
  const hash = createHash("sha256");
  const visit = (path: string) => {
    if (!existsSync(path) || path.startsWith(join("src", "generated"))) return;
    if (statSync(path).isDirectory()) for (const entry of readdirSync(path).sort()) visit(join(path, entry));
    else hash.update(`${path}\0`).update(readFileSync(path));
  };
  buildInputs.forEach(visit);
  return hash.digest("hex");
}

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward).on("SIGTERM", forward);
    child.on("exit", (code) => {
      process.off("SIGINT", forward).off("SIGTERM", forward);
      resolve(code ?? 1);
    });
  });
}

const dev = process.argv.includes("--dev");
const started = Date.now();
const database = await openDatabase();
let exitCode = 0;
try {
  const { report } = await migrateAndSeed(database.url, database.poolSize);
  const m = report.models;
  console.log(`database ready (${database.embedded ? "embedded" : "server"}): models ${m.created} new, ${m.updated} updated, ${m.unchanged} unchanged`);

  const stamp = hashInputs();
  if (!dev && (!existsSync(stampFile) || readFileSync(stampFile, "utf8") !== stamp)) {
    console.log("building the app…");
    exitCode = await run("npx", ["next", "build"]);
    if (exitCode === 0) writeFileSync(stampFile, stamp);
  }
  if (exitCode === 0) {
    console.log(`starting on http://${env.HOST}:${env.PORT} (${((Date.now() - started) / 1000).toFixed(1)} s to here)`);
    exitCode = await run("npx", ["next", dev ? "dev" : "start", "-p", String(env.PORT), "-H", env.HOST], {
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: String(database.poolSize),
    });
  }
} catch (error) {
  console.error(error instanceof ContentErrors ? error.message : error);
  exitCode = 1;
} finally {
  await database.close();
}
process.exit(exitCode);
