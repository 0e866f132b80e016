// How often one client may ask for the expensive things (searches, the API, CSV exports):
// a budget of requests per minute per client address, kept by rate-limiter-flexible. In this
// process's memory by default; in Redis when REDIS_URL is set, so that instances behind one
// load balancer share one budget (and a Redis that stops answering falls back to memory rather
// than refusing everybody). Nothing is written to the database per page view.
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

export type Budget = { requests: number; perSeconds: number };
export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimits<Name extends string> = {
  /** Spends one request of `name`'s budget for `client`. */
  take(name: Name, client: string): Promise<Verdict>;
  /** Resolves once the shared store answers (at once without Redis); until then budgets are kept in memory. */
  ready: Promise<void>;
  close(): Promise<void>;
};

/** `prefix` keeps separate installations (or test runs) on one Redis apart. */
export function createRateLimits<Name extends string>(budgets: Record<Name, Budget>, redisUrl?: string, prefix = "palaset"): RateLimits<Name> {
  const redis = redisUrl
    ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
    : undefined;
  // ioredis reports a lost connection as an error event; the limiter's fallback handles it.
  redis?.on("error", () => {});
  const limiters = Object.fromEntries(
    Object.entries<Budget>(budgets).map(([name, { requests, perSeconds }]) => {
      const options = { keyPrefix: `${prefix}-${name}`, points: requests, duration: perSeconds };
      const limiter: RateLimiterAbstract = redis
        ? new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) })
        : new RateLimiterMemory(options);
      return [name, limiter];
    }),
  ) as Record<Name, RateLimiterAbstract>;
  return {
    async take(name, client) {
      try {
        await limiters[name].consume(client);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        }
        throw rejection;
      }
    },
    ready: redis ? new Promise((resolve) => redis.once("ready", () => resolve())) : Promise.resolve(),
    async close() {
      redis?.disconnect();
    },
  };
}
