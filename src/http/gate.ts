// Steps 1 and 2 of what a request meets before anything renders or reads the catalogue, for
// pages (src/http/proxy.ts) and the API (./api-route.ts) alike:
// 1. a search, an API search or a CSV export spends the client's rate budget: over it, 429;
// 2. while the database does not answer, 503 (a page cannot change its status once streaming).
// Each answer speaks the reader's language: a small page for pages, JSON for the API.
import type { NextRequest, NextResponse } from "next/server";
import type { DatabaseHealth } from "@/db/health";
import { clientAddressHeader } from "@/domain/client-address";
import { readerLocale, tooManyRequests, unavailable } from "./answers";
import type { RateLimits } from "./rate-limit";

export type Budgets = "search" | "csv";

export type GateDependencies = {
  health(): DatabaseHealth;
  limits: RateLimits<Budgets>;
};

/** The refusal `request` gets, or null when it may go on; `budget` is what it spends, if anything. */
export type Gate = (request: NextRequest, budget: Budgets | null) => Promise<NextResponse | null>;

export function createGate({ health, limits }: GateDependencies): Gate {
  return async (request, budget) => {
    const { pathname } = request.nextUrl;
    const answerTo = { pathname, api: pathname.startsWith("/api/"), locale: readerLocale(pathname, request.cookies.get("NEXT_LOCALE")?.value) };
    if (budget) {
      // The client's address comes from the socket (scripts/lib/client-address-header.ts).
      const verdict = await limits.take(budget, request.headers.get(clientAddressHeader) ?? "unknown");
      if (!verdict.allowed) return tooManyRequests(answerTo, verdict.retryAfterSeconds);
    }
    return health().up ? null : unavailable(answerTo);
  };
}
