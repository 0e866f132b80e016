// A PostgreSQL server of a test's own, in a temporary folder on a free port, from the machine's
// PostgreSQL binaries (initdb, pg_ctl), so that the test can stop and start it at will. As root
// (as on CI), the server runs as the postgres user, since PostgreSQL refuses to run as root.
// createOwnReplica makes a streaming replica of one (tests/integration/read-replica.test.ts).
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "@/db/embedded";

function binaries(): string {
  const root = "/usr/lib/postgresql";
  const version = existsSync(root) ? readdirSync(root).sort().at(-1) : undefined;
  if (!version) throw new Error(`no PostgreSQL binaries under ${root}`);
  return join(root, version, "bin");
}

export type OwnPostgres = { url: string; port: number; start(): void; stop(): void; remove(): void };

type Runner = (command: string, args: string[]) => Buffer;

/** A folder the server may own, and a way to run its binaries as the user it runs as. */
function serverFolder(): { folder: string; run: Runner } {
  const bin = binaries();
  const folder = mkdtempSync(join(tmpdir(), "palaset-own-postgres-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    chownSync(folder, id("-u"), id("-g"));
  }
  const run: Runner = (command, args) =>
    execFileSync(asRoot ? "runuser" : command, asRoot ? ["-u", "postgres", "--", join(bin, command), ...args] : args, { stdio: "pipe" });
  return { folder, run };
}

function serverIn(folder: string, run: Runner, port: number): OwnPostgres {
  const data = join(folder, "data");
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const server: OwnPostgres = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: () => void run("pg_ctl", ["-D", data, "-o", options, "-l", join(folder, "log"), "-w", "start"]),
    stop: () => void run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
    remove: () => {
      try {
        server.stop();
      } catch {
        // already stopped
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
  server.start();
  return server;
}

/** A server of its own (initdb's defaults let local connections replicate: wal_level replica, trust). */
export async function createOwnPostgres(): Promise<OwnPostgres> {
  const { folder, run } = serverFolder();
  run("initdb", ["-D", join(folder, "data"), "-U", "postgres", "-A", "trust", "--no-sync"]);
  return serverIn(folder, run, await freePort());
}

/** A streaming replica of `primary` (pg_basebackup -R: a standby that follows it), on a port of its own. */
export async function createOwnReplica(primary: OwnPostgres): Promise<OwnPostgres> {
  const { folder, run } = serverFolder();
  run("pg_basebackup", ["-h", "127.0.0.1", "-p", String(primary.port), "-U", "postgres", "-D", join(folder, "data"), "-R", "-X", "stream", "--no-sync"]);
  return serverIn(folder, run, await freePort());
}
