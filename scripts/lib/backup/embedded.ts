// The embedded database, backed up and restored with PGlite's own dump: a gzipped tar of its
// data folder. PGlite opens a folder in one process only, so both need the server stopped;
// they take the folder's lock like the server does, and say so when it is held. (pg_dump
// through the socket is no way round this: PGlite is PostgreSQL 18, and pg_dump refuses a
// server newer than itself.)
import { existsSync } from "node:fs";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { DataFolderInUseError, embeddedExtensions, lockFolder } from "@/db/embedded";
import { BackupError } from "./errors";

async function lock(folder: string): Promise<() => Promise<void>> {
  try {
    return await lockFolder(folder, { waitForStale: false });
  } catch (error) {
    if (!(error instanceof DataFolderInUseError)) throw error;
    throw new BackupError("IN_USE", `the embedded database in ${folder} is in use by another process (npm start?): stop the server first`);
  }
}

export async function dumpEmbedded(folder: string, path: string): Promise<void> {
  const absolute = resolve(folder);
  if (!existsSync(join(absolute, "PG_VERSION"))) {
    throw new BackupError("NOTHING_TO_BACK_UP", `there is no embedded database in ${folder} (PALASET_DATA_DIR), so nothing to back up`);
  }
  const unlock = await lock(absolute);
  try {
    const db = await PGlite.create({ dataDir: absolute, extensions: embeddedExtensions });
    try {
      const dump = await db.dumpDataDir("gzip");
      await writeFile(path, new Uint8Array(await dump.arrayBuffer()));
    } finally {
      await db.close();
    }
  } finally {
    await unlock();
  }
}

/**
 * Loads a dump into a folder beside `folder`, lets `check` inspect the result there (and
 * write to it), and only then puts it in the place of `folder`; the folder it replaces is
 * kept beside it, and returned. Any failure before the swap leaves `folder` as it was.
 */
export async function restoreEmbedded(folder: string, file: string, force: boolean, check: (staging: string) => Promise<void>): Promise<string | null> {
  const absolute = resolve(folder);
  const unlock = await lock(absolute);
  const staging = `${absolute}.restoring`;
  try {
    // Taking the lock made the folder, if it was not there.
    const occupied = (await readdir(absolute)).length > 0;
    if (occupied && !force) {
      throw new BackupError("NOT_EMPTY", `${folder} already holds an embedded database: add --force to replace it (the replaced folder is kept beside it)`);
    }
    await rm(staging, { recursive: true, force: true });
    try {
      const db = await PGlite.create({ dataDir: staging, loadDataDir: new Blob([await readFile(file)]), extensions: embeddedExtensions });
      await db.close();
    } catch (error) {
      throw new BackupError("NOT_A_BACKUP", `${file} does not load as an embedded database: ${error instanceof Error ? error.message : String(error)}`);
    }
    await check(staging);
    let previous: string | null = null;
    if (occupied) {
      previous = `${absolute}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      await rename(absolute, previous);
    } else {
      await rm(absolute, { recursive: true });
    }
    await rename(staging, absolute);
    return previous;
  } finally {
    await rm(staging, { recursive: true, force: true });
    await unlock();
  }
}
