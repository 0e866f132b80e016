// Whether a backup fits this version of Palaset and the database it replaces, judged by the
// migrations each has applied (Prisma's _prisma_migrations). An older backup is fine: the next
// `npm start` or `npm run db:migrate` brings it up to date.
import { readdir } from "node:fs/promises";
import { BackupError } from "./errors";

export async function knownMigrations(dir: string): Promise<Set<string>> {
  const entries = await readdir(dir, { withFileTypes: true });
  return new Set(entries.filter((e) => e.isDirectory()).map((e) => e.name));
}

export function checkMigrations(file: string, backup: string[] | null, known: Set<string>, target: string[] = []): void {
  if (backup === null) {
    throw new BackupError("SCHEMA_MISMATCH", `${file} holds no Palaset database (no _prisma_migrations table)`);
  }
  const unknown = backup.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new BackupError("SCHEMA_MISMATCH", `${file} is from a newer Palaset (migration ${unknown.join(", ")} is not in this version): restore it with that version or a later one`);
  }
  const inBackup = new Set(backup);
  const ahead = target.filter((name) => !inBackup.has(name));
  if (ahead.length > 0) {
    throw new BackupError(
      "SCHEMA_MISMATCH",
      `the database has migrations the backup lacks (${ahead.join(", ")}), and restoring over it would leave their objects behind: restore into an empty database instead`,
    );
  }
}
