// What every page request meets before the page renders (src/http/proxy.ts), on a seeded
// database of each kind: the CSP nonce and the cache headers, the 404 decided before rendering
// for records that do not exist, 503 while the database is down, 429 once a client has spent its
// budget. The API passes the same gate in its route handlers (src/http/api-route.test.ts).
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCatalogue } from "@/catalogue";
import type { DatabaseHealth } from "@/db/health";
import { clientAddressHeader } from "@/domain/client-address";
import { createGate } from "@/http/gate";
import { benchPagePath, createProxy, missingRecordPath } from "@/http/proxy";
import { createRateLimits } from "@/http/rate-limit";
import { referenceModel } from "../support/content";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";

const up: DatabaseHealth = { up: true, checkedAt: new Date(), revision: 1n, roundTripMs: 1 };
const down: DatabaseHealth = { up: false, checkedAt: new Date(), error: "connection refused", busy: false };

describe.each(databaseKinds())("the proxy (%s)", (kind) => {
  let database: SeededDatabase;
  let health: DatabaseHealth;
  let proxy: ReturnType<typeof createProxy>;
  const limits = createRateLimits({ search: { requests: 3, perSeconds: 60 }, csv: { requests: 1, perSeconds: 60 } });
  const gate = createGate({ health: () => health, limits });

  beforeAll(async () => {
    database = await seededDatabase(kind);
    const catalogue = createCatalogue(database.db);
    proxy = createProxy({ gate, publishedSlugs: () => catalogue.publishedSlugs(), development: false, publicUrl: "https://palaset.example" });
  });
  afterAll(() => database?.drop());

  const request = (path: string, { address = "192.0.2.1", cookie }: { address?: string; cookie?: string } = {}) =>
    proxy(new NextRequest(`http://localhost${path}`, { headers: { [clientAddressHeader]: address, ...(cookie ? { cookie } : {}) } }));

  it("gives a page a policy with a fresh nonce, passed on to the renderer, and the cache and transport headers", async () => {
    health = up;
    const [first, second] = [await request(`/fi/mallit/${referenceModel}`), await request(`/fi/mallit/${referenceModel}`)];
    const policy = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    // Next.js reads the nonce from the request's policy, which the proxy overrides.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("x-middleware-rewrite")).toBe(`http://localhost/fi/models/${referenceModel}`);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    expect(first.headers.get("strict-transport-security")).toContain("max-age=");
    const signedIn = await request("/fi/toimitus", { cookie: "palaset.session_token=abc" });
    expect(signedIn.headers.get("cache-control")).toBe("private, no-store");
    expect((await request("/sv/logga-in")).headers.get("cache-control")).toBe("private, no-store");
    expect((await request("/en/editorial/people")).headers.get("cache-control")).toBe("private, no-store");
  });

  it("sends a record that does not exist to the server-rendered 404 page, in the reader's language", async () => {
    health = up;
    for (const path of ["/sv/modeller/finns-inte", "/fi/teemat/ei-ole", "/en/collections/none", "/fi/mallit/luonnosmalli", "/fi/mallit/%C3%A4%C3%A4ni"]) {
      const response = await request(path);
      const locale = path.split("/")[1];
      expect(response.headers.get("x-middleware-rewrite"), path).toBe(`http://localhost/${locale}${missingRecordPath}`);
      expect(response.headers.get("x-middleware-request-x-next-intl-locale"), path).toBe(locale);
    }
  });

  it("answers 503 with Retry-After while the database is down: a page in the reader's language", async () => {
    health = down;
    const page = await request("/sv/modeller");
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    const html = await page.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain("Tjänsten är tillfälligt otillgänglig");
    health = up;
  });

  it("answers 429 with Retry-After once an address has spent its budget, and only to that address", async () => {
    health = up;
    const address = `198.51.100.${kind === "embedded" ? 1 : 2}`;
    for (let i = 0; i < 3; i++) expect((await request("/fi/mallit?q=sirkus", { address })).status).not.toBe(429);
    const page = await request("/fi/mallit", { address });
    expect(page.status).toBe(429);
    expect(Number(page.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await page.text()).toContain('<html lang="fi">');
    expect((await request("/fi/mallit?q=sirkus", { address: "203.0.113.9" })).status).not.toBe(429);
    // Pages without a search do not count.
    expect((await request(`/fi/mallit/${referenceModel}`, { address })).status).not.toBe(429);
  });

  it("serves the benchmark's minimal page, with a nonce, only when told to", async () => {
    health = up;
    // Off (production): an unknown address outside the locales, sent on to its Finnish one.
    const off = await request(benchPagePath);
    expect(off.headers.get("location")).toBe(`http://localhost/fi${benchPagePath}`);
    const bench = createProxy({ gate, publishedSlugs: async () => { throw new Error("not asked"); }, development: false, publicUrl: undefined, benchPage: true });
    const on = await bench(new NextRequest(`http://localhost${benchPagePath}`));
    expect(on.headers.get("location")).toBeNull();
    expect(on.headers.get("x-middleware-next")).toBe("1");
    expect(on.headers.get("x-middleware-request-content-security-policy")).toMatch(/'nonce-[A-Za-z0-9+/]{24}'/);
  });
});
