// Runs the real `npm start` (scripts/start.ts) in a child process for tests that need the whole
// app: on the fixture catalogue, on a free port, built first when the build is missing or stale
// (hence the long timeouts). Every process it started is killed after each test.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { freePort } from "@/db/embedded";
import { serverBundle } from "../../scripts/lib/build";
import { fixtureCatalogue } from "./content";

export const startTimeout = 300_000;
export const stopTimeout = 15_000;

export type Started = {
  start: ChildProcess;
  port: number;
  /** http://<HOST>:<port>, the address the server listens on. */
  origin: string;
  serverPid: number;
  processes: number[];
  output: () => string;
};
const cleanups: (() => void)[] = [];

function childrenOf(pid: number, pattern?: string): number[] {
  try {
    const found = execFileSync("pgrep", ["-P", String(pid), ...(pattern ? ["-f", pattern] : [])], { encoding: "utf8" });
    return found.split("\n").filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

function processTree(pid: number): number[] {
  return [pid, ...childrenOf(pid).flatMap(processTree)];
}

/** Gone, or a zombie: exited, its status not yet collected by whoever adopted it, holding no port. */
export function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return execFileSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" }).trim().startsWith("Z");
  } catch {
    return true;
  }
}

export const portRefuses = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "localhost");
    socket.on("connect", () => (socket.destroy(), resolve(false))).on("error", () => resolve(true));
  });

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (!(await condition())) {
    if (performance.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return performance.now() - started;
}

/** Starts the catalogue; `env` adds to or overrides the defaults (embedded database, fixtures). */
export async function startCatalogue(env: Record<string, string> = {}): Promise<Started> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "palaset-serve-test-"));
  const variables: NodeJS.ProcessEnv = {
    ...process.env,
    // As a process manager runs it; and Vitest's NODE_ENV=test must not reach the build.
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "localhost",
    PALASET_CONTENT_DIR: fixtureCatalogue,
    PALASET_DATA_DIR: join(dataDir, "pglite"),
    DATABASE_URL: "",
    ...env,
  };
  const origin = `http://${variables.HOST ?? "localhost"}:${port}`;
  const start = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { stdio: ["ignore", "pipe", "pipe"], env: variables });
  let output = "";
  start.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  start.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const started: Started = { start, port, origin, serverPid: 0, processes: [], output: () => output };
  cleanups.push(() => {
    for (const pid of [...started.processes, ...(start.pid ? processTree(start.pid) : [])]) if (!isGone(pid)) process.kill(pid, "SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });

  const exited = new Promise<never>((_, reject) => start.once("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${output}`))));
  const answers = async () => (await fetch(`${origin}/fi`).then((r) => r.status, () => 0)) === 200;
  await Promise.race([waitFor(answers, startTimeout), exited]);

  const [serverPid] = start.pid ? childrenOf(start.pid, serverBundle) : [];
  if (!start.pid || !serverPid) throw new Error(`no server process under npm start:\n${output}`);
  started.serverPid = serverPid;
  started.processes = processTree(start.pid);
  return started;
}

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
