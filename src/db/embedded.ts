// The embedded PostgreSQL: PGlite keeps its data in a local folder and is served on a free
// loopback port, so the app and the scripts connect to it like to any PostgreSQL server.
import { mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer, type Server, type Socket } from "node:net";
import { dirname, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/** The extensions every embedded database is opened with (the search needs pg_trgm). */
export const embeddedExtensions = { pg_trgm };

export class DataFolderInUseError extends Error {
  readonly code = "DATA_FOLDER_IN_USE";
  constructor(readonly folder: string, readonly pid: string) {
    super(`The embedded database in ${folder} is in use by process ${pid}. Stop it first, or set PALASET_DATA_DIR.`);
    this.name = "DataFolderInUseError";
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Nothing stops two PGlite processes from sharing a folder and corrupting it: a lock file does.
 * Returns the function that releases it. Backup and restore take it too.
 */
export function lockFolder(folder: string): () => void {
  const lockPath = `${folder}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
      const owner = readFileSync(lockPath, "utf8").trim();
      if (isRunning(Number(owner))) throw new DataFolderInUseError(folder, owner);
      rmSync(lockPath, { force: true }); // left by a process that died
    }
  }
  throw new DataFolderInUseError(folder, "unknown");
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * PGlite serves one connection at a time and rejects a second one outright, even one that
 * arrives a moment after the first closed. This front door queues connections instead and
 * lets each through only once PGlite has let go of the previous one, as a server would.
 */
function serveOneAtATime(inner: PGLiteSocketServer, innerPort: number): Server {
  const waiting: Socket[] = [];
  let busy = false;
  const innerIdle = async () => {
    while (inner.getStats().activeConnections > 0) await new Promise((r) => setTimeout(r, 2));
  };
  const next = async () => {
    if (busy) return;
    const client = waiting.shift();
    if (!client) return;
    busy = true;
    await innerIdle();
    if (client.destroyed) {
      busy = false;
      return void next();
    }
    const upstream = connect(innerPort, "127.0.0.1");
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      client.destroy();
      upstream.destroy();
      busy = false;
      void next();
    };
    client.on("close", release).on("error", release);
    upstream.on("close", release).on("error", release);
    client.pipe(upstream).pipe(client);
  };
  return createServer((socket) => {
    waiting.push(socket);
    void next();
  });
}

/** Starts PGlite on `folder` (or in memory when null) and serves it on a loopback port. */
export async function startEmbeddedDatabase(folder: string | null): Promise<EmbeddedDatabase> {
  const absolute = folder === null ? null : resolve(folder);
  const unlock = absolute === null ? () => {} : lockFolder(absolute);
  try {
    if (absolute) mkdirSync(absolute, { recursive: true });
    const db = await PGlite.create({ ...(absolute ? { dataDir: absolute } : {}), extensions: embeddedExtensions });
    const innerPort = await freePort();
    const server = new PGLiteSocketServer({ db, port: innerPort, host: "127.0.0.1", maxConnections: 1 });
    await server.start();
    const front = serveOneAtATime(server, innerPort);
    await new Promise<void>((resolveListen) => front.listen(0, "127.0.0.1", resolveListen));
    const address = front.address();
    const port = typeof address === "object" && address ? address.port : 0;
    return {
      url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      stop: async () => {
        await new Promise((resolveClose) => front.close(resolveClose));
        await server.stop();
        await db.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
