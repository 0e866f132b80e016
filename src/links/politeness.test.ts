import { describe, expect, it } from "vitest";
import { requestLimiter } from "./politeness";

describe("requestLimiter", () => {
  it("runs at most two requests to a host and eight in all at once, and every one of them", async () => {
    const limit = requestLimiter();
    const running = new Map<string, number>();
    let all = 0;
    let mostAll = 0;
    let mostOneHost = 0;
    const hosts = Array.from({ length: 30 }, (_, i) => `host-${i % 6}.example`);
    const done = await Promise.all(
      hosts.map((host, i) =>
        limit(host, async () => {
          running.set(host, (running.get(host) ?? 0) + 1);
          mostOneHost = Math.max(mostOneHost, running.get(host) ?? 0);
          mostAll = Math.max(mostAll, ++all);
          await new Promise((resolve) => setTimeout(resolve, 10));
          running.set(host, (running.get(host) ?? 0) - 1);
          all--;
          return i;
        }),
      ),
    );
    expect(done).toEqual(hosts.map((_, i) => i));
    expect(mostOneHost).toBe(2);
    expect(mostAll).toBe(8);
  });

  it("gives the slot back when a request fails", async () => {
    const limit = requestLimiter({ perHost: 1, overall: 1 });
    await expect(limit("a.example", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await limit("a.example", async () => "next")).toBe("next");
  });
});
