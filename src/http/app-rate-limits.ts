// The app's one set of rate budgets, shared by the gate of pages and of the API (searches and
// CSV exports, by client address: ./gate.ts) and by the upload route (uploads, by person).
// Kept on globalThis: Next loads the proxy and the route handlers as separate bundles in one
// process, and each budget must be one per process.
import { env } from "@/env";
import { createRateLimits } from "./rate-limit";

export type AppBudget = "search" | "csv" | "upload";

declare global {
  var palasetRateLimits: ReturnType<typeof createRateLimits<AppBudget>> | undefined;
}

export function appRateLimits() {
  globalThis.palasetRateLimits ??= createRateLimits<AppBudget>(
    {
      search: { requests: env.PALASET_RATE_LIMIT_SEARCH_PER_MINUTE, perSeconds: 60 },
      csv: { requests: env.PALASET_RATE_LIMIT_CSV_PER_MINUTE, perSeconds: 60 },
      upload: { requests: env.PALASET_RATE_LIMIT_UPLOADS_PER_HOUR, perSeconds: 3600 },
    },
    env.REDIS_URL,
  );
  return globalThis.palasetRateLimits;
}
