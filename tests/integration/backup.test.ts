// Backup and restore on both databases, through the functions the npm scripts call: a backup
// of a seeded catalogue with a person and audit entries survives the database being wiped,
// a restore over a changed database needs --force and then replaces everything, and files
// that do not fit are refused with the database left as it was.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createUser } from "@/auth/users";
import { createDb, type Db } from "@/db/client";
import { startEmbeddedDatabase } from "@/db/embedded";
import { applyMigrations } from "@/db/migrate";
import { Prisma } from "@/generated/prisma/client";
import { backupDatabase, BackupError, restoreDatabase, type BackupTarget } from "../../scripts/lib/backup";
import { migrateAndSeed } from "../../scripts/lib/prepare-database";
import { fixtureCatalogue } from "../support/content";
import { createTestDatabase, databaseKinds, type DatabaseKind, type TestDatabase } from "../support/databases";

const password = "oikein-pitkä-salasana";
const checksummed = ["PracticeModel", "ModelTranslation", "ModelSection", "Evaluation", "User", "Account", "Membership"];
const checksumRows = z.array(z.object({ checksum: z.string().nullable() }));

/** Works on the target's database with a client of its own; the embedded one is started for it and stopped again. */
async function withDb<T>(target: BackupTarget, work: (db: Db, url: string) => Promise<T>): Promise<T> {
  const embedded = target.kind === "embedded" ? await startEmbeddedDatabase(target.folder) : null;
  const url = embedded?.url ?? (target.kind === "server" ? target.url : "");
  const db = createDb(url, 1);
  try {
    return await work(db, url);
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

/**
 * What a backup must bring back (counts, a checksum of whole tables, the people, the audit log
 * but for restores), and beside it the restores recorded and the catalogue revision.
 */
function inspect(target: BackupTarget) {
  return withDb(target, async (db) => {
    const checksums: Record<string, string | null> = {};
    for (const table of checksummed) {
      const rows = await db.$queryRaw`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS checksum FROM ${Prisma.raw(`"${table}"`)} t`;
      checksums[table] = checksumRows.parse(rows)[0]?.checksum ?? null;
    }
    const backedUp = {
      models: await db.practiceModel.count(),
      translations: await db.modelTranslation.count(),
      checksums,
      users: await db.user.findMany({ orderBy: { email: "asc" }, select: { email: true, nationalRole: true, memberships: { select: { role: true } } } }),
      audit: await db.auditEntry.findMany({ where: { action: { not: "database-restored" } }, orderBy: { id: "asc" } }),
    };
    const restores = await db.auditEntry.count({ where: { action: "database-restored" } });
    const revision = (await db.catalogueRevision.findUniqueOrThrow({ where: { id: 1 } })).revision;
    return { backedUp, restores, revision };
  });
}
const snapshot = async (target: BackupTarget) => (await inspect(target)).backedUp;

const code = (promise: Promise<unknown>) => promise.then(() => "resolved", (error: unknown) => (error instanceof BackupError ? error.code : String(error)));

describe.each(databaseKinds())("backup and restore (%s)", (kind: DatabaseKind) => {
  let dir: string;
  let target: BackupTarget;
  const servers: TestDatabase[] = [];

  /** An empty database to restore into: a new server database, or a data folder that is not there yet. */
  async function emptyTarget(name: string): Promise<BackupTarget> {
    if (kind === "embedded") return { kind, folder: join(dir, name) };
    const database = await createTestDatabase("server");
    servers.push(database);
    return { kind, url: database.url };
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "palaset-backup-"));
    target = await emptyTarget("data");
    await withDb(target, async (db, url) => {
      await migrateAndSeed({ url, poolSize: 1 }, fixtureCatalogue);
      await createUser(db, { email: "admin@example.fi", name: "Admin", password, nationalRole: "ADMIN" });
      await createUser(db, { email: "toimittaja@example.fi", name: "Toimittaja", password, memberships: [{ organisationKey: "porin-tukiyhdistys", role: "EDITOR" }] });
    });
  });
  afterAll(async () => {
    for (const database of servers) await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it("backs up, and after a wipe restores the same catalogue, people and audit log", async () => {
    const { backedUp: before, revision: revisionBefore } = await inspect(target);
    expect(before.models).toBe(10);
    expect(before.audit.filter((entry) => entry.action === "user-created")).toHaveLength(2);

    const out = join(dir, "backup");
    expect(await backupDatabase(target, { out })).toMatchObject({ kind, out });
    expect(await code(backupDatabase(target, { out }))).toBe("OUTPUT_EXISTS");

    const wiped = await emptyTarget("wiped");
    expect(await restoreDatabase(wiped, { file: out })).toEqual({ kind, replaced: false, previousFolder: null });
    const restored = await inspect(wiped);
    expect(restored.backedUp).toEqual(before);
    expect(restored.restores).toBe(1);
    expect(restored.revision).toBeGreaterThan(revisionBefore);
    target = wiped;
  });

  it("replaces a database that changed since the backup only with --force, and then entirely", async () => {
    const out = join(dir, "before-change");
    await backupDatabase(target, { out });
    const before = await snapshot(target);
    await withDb(target, (db) => createUser(db, { email: "later@example.fi", name: "Later", password, nationalRole: "COORDINATOR" }));
    const changed = await snapshot(target);
    expect(changed.users).toHaveLength(3);

    expect(await code(restoreDatabase(target, { file: out }))).toBe("NOT_EMPTY");
    expect(await snapshot(target)).toEqual(changed);

    const report = await restoreDatabase(target, { file: out, force: true });
    expect(report.replaced).toBe(true);
    expect(await snapshot(target)).toEqual(before);
    if (target.kind === "embedded") {
      expect(report.previousFolder).toMatch(/\.before-restore-/);
      await rm(report.previousFolder ?? "", { recursive: true });
    }
  });

  it("refuses a file of the other kind, a file that is no backup and a backup newer than the code, and changes nothing", async () => {
    const before = await snapshot(target);
    const otherKind = join(dir, "other-kind");
    if (kind === "embedded") {
      await writeFile(otherKind, "PGDMP\u0001\u000e\u0000");
    } else {
      await mkdir(join(dir, "pgdata"));
      await writeFile(join(dir, "pgdata", "PG_VERSION"), "18\n");
      await promisify(execFile)("tar", ["czf", otherKind, "-C", join(dir, "pgdata"), "PG_VERSION"]);
    }
    expect(await code(restoreDatabase(target, { file: otherKind, force: true }))).toBe("WRONG_KIND");
    expect(await code(restoreDatabase(target, { file: "package.json", force: true }))).toBe("NOT_A_BACKUP");

    const olderCode = join(dir, "older-migrations");
    const migrations = (await readdir("prisma/migrations")).filter((name) => /^\d/.test(name)).sort();
    for (const name of migrations.slice(0, -1)) await cp(join("prisma/migrations", name), join(olderCode, name), { recursive: true });
    const out = join(dir, "for-older-code");
    await backupDatabase(target, { out });
    expect(await code(restoreDatabase(target, { file: out, force: true, migrationsDir: olderCode }))).toBe("SCHEMA_MISMATCH");

    expect(await snapshot(target)).toEqual(before);
  });
});

describe("backup and restore of the embedded database while a server holds it", () => {
  it("refuses both at once", async () => {
    const dir = await mkdtemp(join(tmpdir(), "palaset-backup-"));
    const target: BackupTarget = { kind: "embedded", folder: join(dir, "data") };
    try {
      await withDb(target, (_db, url) => applyMigrations(url));
      const out = join(dir, "backup");
      await backupDatabase(target, { out });
      const running = await startEmbeddedDatabase(target.folder);
      try {
        const started = Date.now();
        await expect(backupDatabase(target, { out: join(dir, "refused") })).rejects.toThrow(`in use by another process (npm start?): stop the server first`);
        expect(await code(restoreDatabase(target, { file: out, force: true }))).toBe("IN_USE");
        // A start waits for a lock that may be stale; these do not wait for a live one.
        expect(Date.now() - started).toBeLessThan(5_000);
      } finally {
        await running.stop();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("the commands", () => {
  const run = (script: string, args: string[]) =>
    promisify(execFile)(process.execPath, ["--import", "tsx", script, ...args], { env: { ...process.env, DATABASE_URL: "", PALASET_DATA_DIR: join(tmpdir(), "palaset-no-such-data") } }).then(
      () => ({ exitCode: 0, stderr: "" }),
      (error: unknown) => {
        const failed = z.object({ code: z.number(), stderr: z.string() }).parse(error);
        return { exitCode: failed.code, stderr: failed.stderr };
      },
    );

  it("say what is wrong in one line and exit non-zero", async () => {
    expect(await run("scripts/db-backup.ts", [])).toEqual({
      exitCode: 2,
      stderr: "db:backup: name the file to write with --out (usage: npm run db:backup -- --out <file> [--force])\n",
    });
    expect(await run("scripts/db-restore.ts", ["no-such-backup.dump"])).toEqual({
      exitCode: 1,
      stderr: "db:restore: cannot read no-such-backup.dump: no such file or folder\n",
    });
  });
});
