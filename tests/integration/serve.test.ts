// What `npm start` promises a process manager: SIGTERM stops the server and then the embedded
// database, leaving nothing behind; and when the start process is killed outright (kill -9),
// the server does not stay behind answering 500s over the database that died with it, not even
// when its output has nowhere to go any more.
// The real scripts/start.ts runs on the fixture catalogue; it builds the app first when the
// build is missing or stale, hence the long timeouts.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "@/db/embedded";
import { fixtureCatalogue } from "../support/content";

const startTimeout = 300_000;
const stopTimeout = 15_000;

type Started = { start: ChildProcess; port: number; serverPid: number; processes: number[]; output: () => string };
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
function isGone(pid: number): boolean {
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

const portRefuses = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "localhost");
    socket.on("connect", () => (socket.destroy(), resolve(false))).on("error", () => resolve(true));
  });

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (!(await condition())) {
    if (performance.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return performance.now() - started;
}

async function startCatalogue(): Promise<Started> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "palaset-serve-test-"));
  const start = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      // As a process manager runs it; and Vitest's NODE_ENV=test must not reach the build.
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "localhost",
      PALASET_CONTENT_DIR: fixtureCatalogue,
      PALASET_DATA_DIR: join(dataDir, "pglite"),
      DATABASE_URL: "",
    },
  });
  let output = "";
  start.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  start.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const started: Started = { start, port, serverPid: 0, processes: [], output: () => output };
  cleanups.push(() => {
    for (const pid of [...started.processes, ...(start.pid ? processTree(start.pid) : [])]) if (!isGone(pid)) process.kill(pid, "SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });

  const exited = new Promise<never>((_, reject) => start.once("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${output}`))));
  const answers = async () => (await fetch(`http://localhost:${port}/fi`).then((r) => r.status, () => 0)) === 200;
  await Promise.race([waitFor(answers, startTimeout), exited]);

  const [serverPid] = start.pid ? childrenOf(start.pid, "scripts/serve.ts") : [];
  if (!start.pid || !serverPid) throw new Error(`no server process under npm start:\n${output}`);
  started.serverPid = serverPid;
  started.processes = processTree(start.pid);
  return started;
}

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe("npm start under a process manager", () => {
  it(
    "stops the server, then itself, with exit code 0 on SIGTERM",
    async () => {
      const { start, port, serverPid, processes, output } = await startCatalogue();
      expect(processes).toContain(serverPid);
      const exitCode = new Promise<number | null>((resolve) => start.once("exit", (code) => resolve(code)));

      start.kill("SIGTERM");
      const took = await waitFor(async () => processes.every(isGone) && (await portRefuses(port)), stopTimeout);
      expect(await exitCode, output()).toBe(0);
      expect(output()).toContain("stopping (SIGTERM)");
      console.log(`SIGTERM: every process gone and the port closed after ${Math.round(took)} ms`);
    },
    startTimeout + 60_000,
  );

  it(
    "leaves no server behind when the start process is killed outright",
    async () => {
      const { start, port, serverPid, processes } = await startCatalogue();

      // Whoever read the output goes too (a terminal closed, a log pipe ended), so the server's
      // last words meet a broken pipe.
      start.stdout?.destroy();
      start.stderr?.destroy();
      start.kill("SIGKILL");
      const took = await waitFor(async () => processes.every(isGone) && (await portRefuses(port)), stopTimeout);
      expect(isGone(serverPid)).toBe(true);
      console.log(`kill -9: the server and every other process gone and the port closed after ${Math.round(took)} ms`);
    },
    startTimeout + 60_000,
  );
});
