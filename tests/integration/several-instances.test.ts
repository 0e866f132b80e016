// Several app instances on one PostgreSQL server (README, "Several instances"): each keeps its
// own cache of results, and a catalogue write, from whichever instance or seed, shows on every
// instance at its next request, because each cached result is keyed by the catalogue revision
// the write moved (src/db/revision-cache.ts). Two real `npm start`s on a server of the test's own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { seedFolder } from "@/store/seed";
import { startCatalogue, startTimeout, type Started } from "../support/app-process";
import { copyCatalogue, editFile, referenceModel } from "../support/content";
import { createOwnPostgres, type OwnPostgres } from "../support/own-postgres";

let postgres: OwnPostgres;
let content: string;
let instances: Started[];

beforeAll(async () => {
  postgres = await createOwnPostgres();
  content = await copyCatalogue();
  // Started together, as a deployment starts them: the second waits for the first's migrations
  // and seed (advisory locks), then finds everything seeded.
  const settings = { DATABASE_URL: postgres.url, PALASET_CONTENT_DIR: content };
  instances = await Promise.all([startCatalogue(settings), startCatalogue(settings)]);
}, 2 * startTimeout);

afterAll(() => postgres?.remove());

/** The Swedish name on the reference model's page, as one instance serves it. */
async function swedishName(instance: Started) {
  const html = await (await fetch(`${instance.origin}/sv/modeller/${referenceModel}`)).text();
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
}

describe("two instances on one PostgreSQL server", () => {
  it("both show a catalogue write at their next request, each having cached the page before it", async () => {
    for (const instance of instances) {
      expect(await swedishName(instance)).toBe("Mötesplats för frigivna");
      expect(await swedishName(instance)).toBe("Mötesplats för frigivna"); // now from its cache
    }
    await editFile(content, `models/${referenceModel}/sv.md`, /^name: .*/m, "name: Ett nytt namn");
    const db = createDb(postgres.url, 1);
    try {
      expect((await seedFolder(db, content)).models.updated).toBe(1);
    } finally {
      await db.$disconnect();
    }
    for (const instance of instances) expect(await swedishName(instance)).toBe("Ett nytt namn");
  });
});
