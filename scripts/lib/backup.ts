// Backup and restore of the configured database (npm run db:backup / db:restore): a PostgreSQL
// server with pg_dump's custom format, the embedded database with PGlite's dump. The commands
// in scripts/ parse their arguments and call these; tests call them directly. A restore
// refuses a file of the other kind, a backup newer than this version, and a non-empty
// database unless forced; it leaves an audit entry saying it happened.
// Stored files (evaluation PDFs) are not in a backup yet: the evaluations issue adds them.
import { stat } from "node:fs/promises";
import { startEmbeddedDatabase } from "@/db/embedded";
import { env } from "@/env";
import { dumpEmbedded, restoreEmbedded } from "./backup/embedded";
import { BackupError } from "./backup/errors";
import { checkMigrations, knownMigrations } from "./backup/compatibility";
import { detectBackupKind, kindNames, writeBackupFile, type BackupKind } from "./backup/file";
import { recordRestore } from "./backup/record";
import { dumpServer, migrationsInDump, restoreServer } from "./backup/server";
import { databaseState } from "./backup/state";

export { BackupError } from "./backup/errors";

export type BackupTarget = { kind: "server"; url: string } | { kind: "embedded"; folder: string };

/** The database the app is configured for: DATABASE_URL, or else the embedded one in PALASET_DATA_DIR. */
export function configuredTarget(): BackupTarget {
  return env.DATABASE_URL ? { kind: "server", url: env.DATABASE_URL } : { kind: "embedded", folder: env.PALASET_DATA_DIR };
}

export type BackupReport = { kind: BackupKind; out: string; bytes: number };

export async function backupDatabase(target: BackupTarget, options: { out: string; force?: boolean }): Promise<BackupReport> {
  await writeBackupFile(options.out, options.force ?? false, (path) =>
    target.kind === "server" ? dumpServer(target.url, path) : dumpEmbedded(target.folder, path),
  );
  return { kind: target.kind, out: options.out, bytes: (await stat(options.out)).size };
}

export type RestoreReport = {
  kind: BackupKind;
  /** The database held tables before and they were replaced. */
  replaced: boolean;
  /** The embedded database's replaced folder, kept beside the new one. */
  previousFolder: string | null;
};

export type RestoreOptions = { file: string; force?: boolean; migrationsDir?: string };

export async function restoreDatabase(target: BackupTarget, options: RestoreOptions): Promise<RestoreReport> {
  const { file, force = false, migrationsDir = "prisma/migrations" } = options;
  const kind = await detectBackupKind(file);
  if (kind !== target.kind) {
    const hint = kind === "server" ? "set DATABASE_URL to the server to restore it to" : "unset DATABASE_URL to restore it into PALASET_DATA_DIR";
    throw new BackupError("WRONG_KIND", `${file} is a backup of ${kindNames[kind]}, but the configured database is ${kindNames[target.kind]}: ${hint}`);
  }
  const known = await knownMigrations(migrationsDir);
  if (target.kind === "server") {
    const before = await databaseState(target.url);
    if (before.tables > 0 && !force) {
      throw new BackupError("NOT_EMPTY", `the database already holds ${before.tables} tables: add --force to replace its contents with the backup`);
    }
    checkMigrations(file, await migrationsInDump(file), known, before.migrations ?? []);
    await restoreServer(target.url, file);
    await recordRestore(target.url, 1, file, before.revision);
    return { kind, replaced: before.tables > 0, previousFolder: null };
  }
  const previousFolder = await restoreEmbedded(target.folder, file, force, async (staging) => {
    const database = await startEmbeddedDatabase(staging);
    try {
      checkMigrations(file, (await databaseState(database.url)).migrations, known);
      await recordRestore(database.url, 1, file, 0n);
    } finally {
      await database.stop();
    }
  });
  return { kind, replaced: previousFolder !== null, previousFolder };
}
