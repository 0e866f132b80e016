// The embedded PostgreSQL: PGlite keeps its data in a local folder and is served on a free
// loopback port, so the app and the scripts connect to it like to any PostgreSQL server.
import { mkdirSync, rmSync, statSync } from "node:fs";
import { connect, createServer, type Server, type Socket } from "node:net";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import lockfile from "proper-lockfile";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/** The extensions every embedded database is opened with (the search needs pg_trgm). */
export const embeddedExtensions = { pg_trgm };

export class DataFolderInUseError extends Error {
  readonly code = "DATA_FOLDER_IN_USE";
  constructor(folder: string) {
    super(`The embedded database in ${folder} is in use by another process. Stop it first, or set PALASET_DATA_DIR.`);
    this.name = "DataFolderInUseError";
  }
}

/** How long a lock whose owner stopped touching it is believed; a live owner touches it every 5 s. */
const lockStaleMs = 20_000;

/** A plain file where the lock directory goes is no lock; it may vanish while we look. */
function removeIfNotALock(lockPath: string) {
  try {
    if (!statSync(lockPath).isDirectory()) rmSync(lockPath, { force: true });
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "ENOENT")) throw error;
  }
}

/**
 * Nothing stops two PGlite processes from sharing a folder and corrupting it: a lock does
 * (proper-lockfile: a directory made atomically, so two starters racing cannot both win, kept
 * fresh while its owner lives). A lock left by a process that died goes stale, and a start
 * waits that long for it rather than refusing; a plain file where the lock goes (an older
 * version's PID file, or anything else) is no lock and is removed. Backup and restore take the
 * same lock, but without waiting: they refuse at once while a server holds the folder.
 */
export async function lockFolder(folder: string, { waitForStale = true } = {}): Promise<() => Promise<void>> {
  const lockPath = `${folder}.lock`;
  mkdirSync(folder, { recursive: true });
  removeIfNotALock(lockPath);
  try {
    const release = await lockfile.lock(folder, {
      lockfilePath: lockPath,
      stale: lockStaleMs,
      update: 5_000,
      retries: waitForStale ? { retries: Math.ceil(lockStaleMs / 1000) + 5, minTimeout: 1000, maxTimeout: 1000, factor: 1 } : 0,
      onCompromised: (error) => {
        // Another process has taken the folder over: going on would corrupt it.
        console.error(`the lock on ${folder} was lost (${error.message}); stopping`);
        process.exit(1);
      },
    });
    // Resolves once the lock is gone, so that the next one to open the folder finds it free.
    return () => release().catch(() => {});
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ELOCKED") throw new DataFolderInUseError(folder);
    throw error;
  }
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
  const unlock = absolute === null ? async () => {} : await lockFolder(absolute);
  try {
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
        await unlock();
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}
