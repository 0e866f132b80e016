// The health check tells a queue from an outage by the pool's own state, not by an error's
// words: a check that had to wait for a connection of a full pool and gave up says nothing
// about the database, while one that failed with a connection free to take does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, poolOf } from "@/db/client";
import { freePort } from "@/db/embedded";
import { checkDatabase } from "@/db/health";
import { applyMigrations } from "@/db/migrate";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases";

const timeouts = { connectMs: 300, statementMs: 10_000 };

describe.each(databaseKinds())("checkDatabase (%s)", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await applyMigrations(database.url);
  }, 60_000);
  afterAll(() => database?.drop());

  it("calls a pool whose only connection is taken busy, and the database up again once it is free", async () => {
    const db = createDb(database.url, 1, timeouts);
    try {
      expect(await checkDatabase(db)).toMatchObject({ up: true, revision: expect.any(BigInt) });
      const taken = await poolOf(db)!.connect();
      try {
        expect(await checkDatabase(db)).toMatchObject({ up: false, busy: true });
      } finally {
        taken.release();
      }
      expect(await checkDatabase(db)).toMatchObject({ up: true });
    } finally {
      await db.$disconnect();
    }
  });

  it("calls a database that refuses down, not busy", async () => {
    const db = createDb(`postgresql://postgres@127.0.0.1:${await freePort()}/nothing`, 1, timeouts);
    try {
      expect(await checkDatabase(db)).toMatchObject({ up: false, busy: false });
    } finally {
      await db.$disconnect();
    }
  });
});
