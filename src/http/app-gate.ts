// The app's one gate (./gate.ts) for pages (src/proxy.ts) and the API (./api-route.ts): the
// process's health monitor and rate budgets, both kept on globalThis (src/db/app.ts,
// ./app-rate-limits.ts), so each bundle's copy of this module gates alike.
import { getAppHealth } from "@/db/app";
import { appRateLimits } from "./app-rate-limits";
import { createGate, type Gate } from "./gate";

let gate: Gate | undefined;

export const appGate = (): Gate => (gate ??= createGate({ health: () => getAppHealth().current(), limits: appRateLimits() }));
