// A database that goes away and comes back, on a PostgreSQL server this test owns: while it is
// down, pages answer 503 in the reader's language with Retry-After (rendered before any page
// starts, so even a reader without JavaScript gets the text), the API answers 503 JSON and the
// health endpoint says so; once it is back, everything answers again within 5 s, no restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCatalogue, startTimeout, waitFor, type Started } from "../support/app-process";
import { createOwnPostgres, type OwnPostgres } from "../support/own-postgres";

let postgres: OwnPostgres;
let app: Started;
const get = (path: string) => fetch(`http://localhost:${app.port}${path}`, { redirect: "manual" });

beforeAll(async () => {
  postgres = await createOwnPostgres();
  app = await startCatalogue({ DATABASE_URL: postgres.url, PALASET_DB_CONNECT_TIMEOUT_MS: "1000" });
}, startTimeout);

afterAll(() => postgres?.remove());

describe("when the database goes down and comes back", () => {
  it(
    "answers 503 while it is down and recovers within 5 s after it is back",
    async () => {
      const healthy = await get("/api/health");
      expect(healthy.status).toBe(200);
      expect(await healthy.json()).toMatchObject({ status: "ok", revision: expect.stringMatching(/^\d+$/) });
      expect((await get("/sv/modeller")).status).toBe(200);

      postgres.stop();
      await waitFor(async () => (await get("/sv/modeller")).status === 503, 10_000);

      const page = await get("/sv/modeller");
      expect(page.status).toBe(503);
      expect(page.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(page.headers.get("content-type")).toContain("text/html");
      const html = await page.text();
      expect(html).toContain('<html lang="sv">');
      expect(html).toContain("Tjänsten är tillfälligt otillgänglig");

      const finnish = await get("/fi/mallit/kulttuurikortti");
      expect(finnish.status).toBe(503);
      expect(await finnish.text()).toContain('<html lang="fi">');

      const api = await get("/api/models?q=osallisuus");
      expect(api.status).toBe(503);
      expect(api.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(await api.json()).toEqual({ error: expect.any(String) });

      const health = await get("/api/health");
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: "unavailable" });

      postgres.start();
      const back = performance.now();
      await waitFor(async () => (await get("/sv/modeller")).status === 200, 5_000);
      console.log(`pages answered again ${Math.round(performance.now() - back)} ms after the database was back`);
      expect((await get("/api/models?q=osallisuus")).status).toBe(200);
      expect((await get("/api/health")).status).toBe(200);
    },
    60_000,
  );
});
