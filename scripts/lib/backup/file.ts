// Backup files on disk: which database a file is a backup of (by its first bytes), and writing
// a new one so that a half-written file never carries the final name.
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { access, constants, open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { createGunzip } from "node:zlib";
import { BackupError } from "./errors";

export type BackupKind = "server" | "embedded";

/** What each kind is called in messages. */
export const kindNames: Record<BackupKind, string> = {
  server: "a PostgreSQL server (pg_dump)",
  embedded: "the embedded database (PGlite)",
};

const reasons: Record<string, string> = { ENOENT: "no such file or folder", EACCES: "permission denied", EISDIR: "it is a folder", EROFS: "read-only file system" };

function describe(error: unknown): string {
  const code = error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : "";
  return reasons[code] ?? (error instanceof Error ? error.message : String(error));
}

async function firstBytes(file: string, count: number): Promise<Buffer> {
  const handle = await open(file, "r").catch((error: unknown) => {
    throw new BackupError("UNREADABLE", `cannot read ${file}: ${describe(error)}`);
  });
  try {
    const buffer = Buffer.alloc(count);
    const { bytesRead } = await handle.read(buffer, 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    throw new BackupError("UNREADABLE", `cannot read ${file}: ${describe(error)}`);
  } finally {
    await handle.close();
  }
}

/** The first tar header of a gzip file: its first 512 bytes, uncompressed. */
function firstTarHeader(file: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const input = createReadStream(file);
    const gunzip = createGunzip();
    const done = () => {
      input.destroy();
      gunzip.destroy();
      resolve(Buffer.concat(chunks).subarray(0, 512));
    };
    gunzip.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= 512) done();
    });
    gunzip.on("end", done).on("error", done);
    input.on("error", done);
    input.pipe(gunzip);
  });
}

/**
 * pg_dump's custom format begins with "PGDMP"; PGlite's dump is a gzipped tar of its data
 * folder, whose first entry is PG_VERSION.
 */
export async function detectBackupKind(file: string): Promise<BackupKind> {
  const head = await firstBytes(file, 5);
  if (head.toString("latin1") === "PGDMP") return "server";
  if (head[0] === 0x1f && head[1] === 0x8b) {
    const header = await firstTarHeader(file);
    const name = header.subarray(0, 100).toString("latin1").replace(/\0.*$/s, "");
    if (name.replace(/^\.?\//, "") === "PG_VERSION") return "embedded";
  }
  throw new BackupError("NOT_A_BACKUP", `${file} is not a Palaset backup (neither a pg_dump custom-format file nor a PGlite dump)`);
}

/**
 * Writes a backup through `write` into a temporary file beside `out`, and gives it the final
 * name only once complete. An existing `out` is replaced only with `force`.
 */
export async function writeBackupFile(out: string, force: boolean, write: (path: string) => Promise<void>): Promise<void> {
  if (!force && (await stat(out).catch(() => null))) {
    throw new BackupError("OUTPUT_EXISTS", `${out} exists: choose another name, or add --force to replace it`);
  }
  await access(dirname(out), constants.W_OK).catch((error: unknown) => {
    throw new BackupError("UNWRITABLE", `cannot write ${out}: ${describe(error)} (the folder ${dirname(out)})`);
  });
  const partial = join(dirname(out), `.${basename(out)}.${randomUUID()}.partial`);
  try {
    await write(partial);
    await rename(partial, out);
  } finally {
    await rm(partial, { force: true });
  }
}
