// A PostgreSQL server of a test's own, in a temporary folder on a free port, from the machine's
// PostgreSQL binaries (initdb, pg_ctl), so that the test can stop and start it at will. As root
// (as on CI), the server runs as the postgres user, since PostgreSQL refuses to run as root.
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

export type OwnPostgres = { url: string; start(): void; stop(): void; remove(): void };

export async function createOwnPostgres(): Promise<OwnPostgres> {
  const bin = binaries();
  const folder = mkdtempSync(join(tmpdir(), "palaset-own-postgres-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    chownSync(folder, id("-u"), id("-g"));
  }
  const run = (command: string, args: string[]) =>
    execFileSync(asRoot ? "runuser" : command, asRoot ? ["-u", "postgres", "--", join(bin, command), ...args] : args, { stdio: "pipe" });
  const data = join(folder, "data");
  const port = await freePort();
  run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync"]);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const server: OwnPostgres = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
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
