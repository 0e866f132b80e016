import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import type { DatabaseHealth } from "@/db/health";
import { clientAddressHeader } from "@/domain/client-address";
import { gatedBudget, gatedRoute } from "./api-route";
import { createGate, type Budgets } from "./gate";
import { createRateLimits } from "./rate-limit";

const up: DatabaseHealth = { up: true, checkedAt: new Date(), revision: 1n, roundTripMs: 1 };
const down: DatabaseHealth = { up: false, checkedAt: new Date(), error: "connection refused", busy: false };

const get = (path: string, address = "192.0.2.1") => new NextRequest(`http://localhost${path}`, { headers: { [clientAddressHeader]: address } });

describe("an API route made with gatedRoute", () => {
  let health: DatabaseHealth = up;
  const limits = createRateLimits<Budgets>({ search: { requests: 2, perSeconds: 60 }, csv: { requests: 1, perSeconds: 60 } });
  const gate = createGate({ health: () => health, limits });
  const route = (budget: Budgets | null) =>
    gatedRoute(() => gate, budget, async (request: NextRequest, context: { params: Promise<{ slug: string }> }) =>
      Response.json({ path: request.nextUrl.pathname, slug: (await context.params).slug }),
    );
  const context = { params: Promise.resolve({ slug: "kaikukortti" }) };

  it("hands the request and its context to the handler while the database answers and the budget lasts", async () => {
    health = up;
    const answer = await route("search")(get("/api/models/kaikukortti/evaluations", "192.0.2.10"), context);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ path: "/api/models/kaikukortti/evaluations", slug: "kaikukortti" });
  });

  it("answers 429 JSON with Retry-After once the address has spent the route's budget, and only that budget", async () => {
    health = up;
    const search = route("search");
    const address = "198.51.100.7";
    for (let i = 0; i < 2; i++) expect((await search(get("/api/models?q=sirkus", address), context)).status).toBe(200);
    const refused = await search(get("/api/models?q=sirkus", address), context);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({ error: expect.stringContaining("Liian monta pyyntöä") });
    // The CSV budget is another, and another address has its own.
    expect((await route("csv")(get("/api/models/csv", address), context)).status).toBe(200);
    expect((await search(get("/api/models?q=sirkus", "203.0.113.9"), context)).status).toBe(200);
    // A route without a budget never counts.
    for (let i = 0; i < 5; i++) expect((await route(null)(get("/api/sign-out", address), context)).status).toBe(200);
  });

  it("answers 503 JSON with Retry-After while the database does not answer, in the reader's language", async () => {
    health = down;
    const answer = await route(null)(new NextRequest("http://localhost/api/sign-in", { headers: { cookie: "NEXT_LOCALE=sv" } }), context);
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("5");
    expect(await answer.json()).toEqual({ error: expect.stringContaining("Databasen") });
    health = up;
  });
});

// Route files, by their address under /api.
const routeModules = import.meta.glob<Record<string, unknown>>("../app/api/**/route.ts");
const addressOf = (file: string) => file.replace("../app", "").replace("/route.ts", "");
const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** What each route spends; null: no budget, the database gate only. */
const budgets: Record<string, Budgets | null> = {
  "/api/models": "search",
  "/api/suggest": "search",
  "/api/models/[slug]/evaluations": "search",
  "/api/models/csv": "csv",
  "/api/evaluations/csv": "csv",
  "/api/auth/[...all]": null,
  "/api/sign-in": null,
  "/api/sign-in/second-factor": null,
  "/api/sign-in/sso": null,
  "/api/sign-out": null,
  "/api/editorial/models/[id]/xliff": null,
  "/api/uploads/evaluations/[id]": null,
};
/** Reports the outage itself, so it answers while the database does not. */
const ungated = ["/api/health"];

describe("the API's routes", () => {
  it("are each made with apiRoute, spending the budget meant for them (the proxy does not run for the API)", async () => {
    const seen: Record<string, Budgets | null> = {};
    for (const [file, load] of Object.entries(routeModules)) {
      const address = addressOf(file);
      const handlers = Object.entries(await load()).filter(([name]) => methods.includes(name));
      expect(handlers.length, address).toBeGreaterThan(0);
      if (ungated.includes(address)) continue;
      for (const [name, handler] of handlers) {
        expect(Object.hasOwn(handler as object, gatedBudget), `${name} ${address} is made with apiRoute`).toBe(true);
        seen[address] = (handler as { [gatedBudget]: Budgets | null })[gatedBudget];
      }
    }
    expect(seen).toEqual(budgets);
  });
});
