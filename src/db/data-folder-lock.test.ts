// The embedded database's data folder lock (lockFolder): one owner at a time, a lock left by a
// process that died is taken over once stale, and what an older version left where the lock
// goes (an empty PID file, PID 0, a PID now reused by this very process) is no lock at all.
// The same start over a lock left by `kill -9` runs end to end in tests/integration/serve.test.ts.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataFolderInUseError, lockFolder } from "./embedded";

let dir: string;
let folder: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "palaset-lock-"));
  folder = join(dir, "pglite");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the data folder lock", () => {
  it("refuses a second owner while the first holds it, and lets the next in after release", async () => {
    const release = await lockFolder(folder);
    await expect(lockFolder(folder, { waitForStale: false })).rejects.toBeInstanceOf(DataFolderInUseError);
    await release();
    const again = await lockFolder(folder, { waitForStale: false });
    await again();
  });

  it.each([["an empty file", ""], ["PID 0", "0"], ["this process's own PID", String(process.pid)]])(
    "is not held by a plain file naming %s",
    async (_, content) => {
      mkdirSync(folder, { recursive: true });
      writeFileSync(`${folder}.lock`, content);
      const release = await lockFolder(folder, { waitForStale: false });
      await release();
    },
  );

  it("takes over a lock its owner stopped keeping fresh", async () => {
    // As an owner killed a minute ago left it: the lock directory, last touched then.
    mkdirSync(`${folder}.lock`, { recursive: true });
    const aMinuteAgo = new Date(Date.now() - 60_000);
    utimesSync(`${folder}.lock`, aMinuteAgo, aMinuteAgo);
    const taken = await lockFolder(folder, { waitForStale: false });
    await taken();
  });

  it("does not take over a fresh lock left by another", async () => {
    mkdirSync(`${folder}.lock`, { recursive: true });
    await expect(lockFolder(folder, { waitForStale: false })).rejects.toBeInstanceOf(DataFolderInUseError);
  });
});
