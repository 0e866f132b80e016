// A read replica, built on this machine: a primary of the test's own and a streaming standby
// made from it with pg_basebackup -R (tests/support/own-postgres.ts), and the app started with
// DATABASE_URL and DATABASE_READ_URL. Public readers read the replica and see a publish within
// 5 s; someone signed in reads the primary and sees it at once; a replica that stops replaying
// keeps public readers on its own revision, and once it catches up they see the new catalogue
// (no replica rows were kept under the primary's revision); a replica that is down sends public
// reads to the primary. The health endpoint reports the replica and its lag.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/auth/permissions";
import { createUser } from "@/auth/users";
import { createDb, type Db } from "@/db/client";
import { createModel, publish, submitForReview } from "@/editorial/models";
import { startCatalogue, startTimeout, waitFor, type Started } from "../support/app-process";
import { createOwnPostgres, createOwnReplica, type OwnPostgres } from "../support/own-postgres";
import { viewerOf } from "../support/viewers";

let primary: OwnPostgres;
let replica: OwnPostgres;
let app: Started;
let db: Db;
let replicaDb: Db;
let admin: Viewer;

/** A public reader's request, or a signed-in person's (better-auth's session cookie is what the app looks at). */
const get = (path: string, signedIn = false) =>
  fetch(`http://localhost:${app.port}${path}`, { redirect: "manual", headers: signedIn ? { cookie: "palaset.session_token=any" } : {} });

/** An admin writes and publishes a model through the primary; its address. */
async function publishModel(slug: string, name: string): Promise<string> {
  const id = await createModel(
    db,
    admin,
    {
      slug,
      facts: { themes: [], developers: ["porin-tukiyhdistys"] },
      texts: { fi: { name, shortDescription: "Ryhmä kokoontuu kirjastossa.", sections: { "basic-idea": "Jokainen tuo yhden kysymyksen." } } },
    },
    "fi",
  );
  const version = async () => (await db.practiceModel.findUniqueOrThrow({ where: { id } })).version;
  await submitForReview(db, admin, { id, baseVersion: await version() });
  await publish(db, admin, { id, baseVersion: await version() }, { locales: ["fi"], changeNotes: null });
  return `/fi/mallit/${slug}`;
}

beforeAll(async () => {
  primary = await createOwnPostgres();
  replica = await createOwnReplica(primary);
  app = await startCatalogue({ DATABASE_URL: primary.url, DATABASE_READ_URL: replica.url, PALASET_DB_CONNECT_TIMEOUT_MS: "1000" });
  db = createDb(primary.url, 2);
  replicaDb = createDb(replica.url, 1);
  await createUser(db, { email: "admin@example.fi", name: "Admin", password: "oikein-pitkä-salasana", nationalRole: "ADMIN" });
  admin = await viewerOf(db, "admin@example.fi");
}, startTimeout);

afterAll(async () => {
  await db?.$disconnect();
  await replicaDb?.$disconnect();
  replica?.remove();
  primary?.remove();
});

// One test: tests/support/app-process.ts stops the app after each.
describe("with a read replica", () => {
  it(
    "reads public pages from the replica, the signed-in's from the primary, and follows the replica's state",
    async () => {
      // The health endpoint reports the replica, caught up, and its lag.
      await waitFor(async () => {
        const health = await (await get("/api/health")).json();
        return health.replica?.status === "ok" && health.replica.revision === health.revision;
      }, 5_000);
      expect((await (await get("/api/health")).json()).replica.lagMs).toBeLessThan(5_000);

      // A publish: the signed-in see it at once, public readers within 5 s.
      const first = await publishModel("replikassa", "Replikassa");
      expect((await get(first, true)).status).toBe(200);
      const waited = await waitFor(async () => (await get(first)).status === 200, 5_000);
      console.log(`a public reader saw the publish ${Math.round(waited)} ms after it`);

      // A replica that stops replaying keeps public readers on its revision: the list read
      // meanwhile is kept under that revision, not the primary's newer one, so once the
      // replica replays, the new model shows.
      await replicaDb.$executeRaw`SELECT pg_wal_replay_pause()`;
      try {
        const paused = await publishModel("tauolla", "Tauolla julkaistu");
        expect((await get(paused, true)).status).toBe(200);
        const health = await (await get("/api/health")).json();
        expect(BigInt(health.replica.revision)).toBeLessThan(BigInt(health.revision));
        for (let i = 0; i < 3; i++) {
          expect((await get(paused)).status).toBe(404);
          expect(await (await get("/fi/mallit")).text()).not.toContain("Tauolla julkaistu");
          await new Promise((r) => setTimeout(r, 300));
        }
      } finally {
        await replicaDb.$executeRaw`SELECT pg_wal_replay_resume()`;
      }
      await waitFor(async () => (await (await get("/fi/mallit")).text()).includes("Tauolla julkaistu"), 5_000);
      expect((await get("/fi/mallit/tauolla")).status).toBe(200);

      // A replica that is down: public reads go to the primary, and the health endpoint says so.
      replica.stop();
      const down = await publishModel("replika-poissa", "Replika poissa");
      await waitFor(async () => (await get(down)).status === 200, 5_000);
      expect(await (await get("/api/health")).json()).toMatchObject({ status: "ok", replica: { status: "unavailable" } });
    },
    120_000,
  );
});
