// Every API route handler is made with apiRoute, which gives it what the proxy gives pages
// (./gate.ts): its rate budget and the 503 while the database does not answer. The proxy does
// not run for the API (src/proxy.ts): Next's proxy adapter, which builds a second request and
// response around every one, took a third of a warm search's time (warm type-ahead at 10
// clients: 710-910 requests/s through the proxy, 1,200-1,370 without). The security headers
// come from the server itself (scripts/serve.ts). ./api-route.test.ts checks that every route is
// made with it.
import type { NextRequest } from "next/server";
import { appGate } from "./app-gate";
import type { Budgets, Gate } from "./gate";

type Handler<Context> = (request: NextRequest, context: Context) => Promise<Response>;

/** Marks a handler made by gatedRoute, with the budget it spends. */
export const gatedBudget = Symbol("gatedBudget");

export function gatedRoute<Context>(gate: () => Gate, budget: Budgets | null, handler: Handler<Context>) {
  const route = async (request: NextRequest, context: Context) => (await gate()(request, budget)) ?? handler(request, context);
  return Object.assign(route, { [gatedBudget]: budget });
}

/** A route handler of the app's API, behind the app's gate. */
export const apiRoute = <Context>(budget: Budgets | null, handler: Handler<Context>) => gatedRoute(appGate, budget, handler);
