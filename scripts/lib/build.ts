// Builds the app when its sources changed since the last build (a hash of them is kept in
// .next), so a second `npm start` or `npm run bench` starts at once.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import lockfile from "proper-lockfile";
import { noTelemetry } from "./telemetry";

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

/** Runs a command with inherited output, forwarding Ctrl-C; resolves with its exit code. */
export function run(command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
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

/**
 * The server (scripts/serve.ts) and what it imports of ours as one JavaScript file, which the
 * production server runs with Node alone: under tsx, its loader thread and compiled copies of
 * the sources took 30 MB of the server's memory (issue 14). Packages stay outside, loaded
 * from node_modules as before.
 */
export const serverBundle = join(".next", "palaset-serve.mjs");

/** Made at every start (half a second), so it is never older than its sources; written whole, then renamed, as several starts may make it at once. */
async function bundleServer(): Promise<void> {
  const temporary = `${serverBundle}.${process.pid}.tmp`;
  await build({
    entryPoints: ["scripts/serve.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    target: "node20",
    outfile: temporary,
    logLevel: "warning",
  });
  renameSync(temporary, serverBundle);
}

/**
 * Builds unless the last build is of the same sources, and bundles the server; resolves with the exit code. One build
 * at a time: a second start (or a second test starting the app) waits for the first's build
 * and then finds it up to date.
 */
export async function ensureBuilt(): Promise<number> {
  const stamp = hashInputs();
  const upToDate = () => existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp;
  if (upToDate()) return bundleServer().then(() => 0);
  const release = await lockfile.lock(".", {
    lockfilePath: ".next-build.lock",
    stale: 60_000,
    update: 10_000,
    retries: { retries: 600, minTimeout: 1000, maxTimeout: 1000, factor: 1 },
  });
  try {
    if (!upToDate()) {
      console.log("building the app…");
      const code = await run("npx", ["next", "build"], noTelemetry);
      if (code !== 0) return code;
      writeFileSync(stampFile, stamp);
    }
    await bundleServer();
    return 0;
  } finally {
    await release();
  }
}
