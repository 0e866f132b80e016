// Rate budgets per client address (src/http/rate-limit.ts): in one process's memory, and in
// Redis, where two instances spend one budget. The machine's Redis (TEST_REDIS_URL, default
// redis://127.0.0.1:6379) serves the shared case; a Redis that does not answer falls back to
// memory instead of refusing everybody.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createRateLimits, type RateLimits } from "@/http/rate-limit";

const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const opened: RateLimits<"search">[] = [];
const limits = (url?: string) => {
  // A prefix of its own per run, so that runs and parallel tests never share a budget.
  const made = createRateLimits({ search: { requests: 2, perSeconds: 60 } }, url, `test-${randomUUID()}`);
  opened.push(made);
  return made;
};
afterAll(async () => {
  for (const made of opened) await made.close();
});

describe("rate limits", () => {
  it("refuse a client past its budget, with the seconds until it may ask again, and leave others alone", async () => {
    const memory = limits();
    expect(await memory.take("search", "a")).toEqual({ allowed: true });
    expect(await memory.take("search", "a")).toEqual({ allowed: true });
    const refused = await memory.take("search", "a");
    expect(refused).toMatchObject({ allowed: false });
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(await memory.take("search", "b")).toEqual({ allowed: true });
  });

  it("share one budget between instances through Redis", async () => {
    const prefix = `test-${randomUUID()}`;
    const [first, second] = [
      createRateLimits({ search: { requests: 2, perSeconds: 60 } }, redisUrl, prefix),
      createRateLimits({ search: { requests: 2, perSeconds: 60 } }, redisUrl, prefix),
    ];
    opened.push(first, second);
    await Promise.all([first.ready, second.ready]);
    expect(await first.take("search", "c")).toEqual({ allowed: true });
    expect(await second.take("search", "c")).toEqual({ allowed: true });
    expect(await first.take("search", "c")).toMatchObject({ allowed: false });
    expect(await second.take("search", "c")).toMatchObject({ allowed: false });
  });

  it("fall back to memory when Redis does not answer", async () => {
    const unreachable = limits("redis://127.0.0.1:1");
    expect(await unreachable.take("search", "d")).toEqual({ allowed: true });
    expect(await unreachable.take("search", "d")).toEqual({ allowed: true });
    expect(await unreachable.take("search", "d")).toMatchObject({ allowed: false });
  });
});
