import { describe, expect, it } from "vitest";
import { createRevisionCache } from "./revision-cache";

/** A cache over a revision the test moves, counting how often `compute` really runs. */
function setup(maxBytes: number) {
  let revision = 1n;
  let runs = 0;
  const cached = createRevisionCache(async () => revision, maxBytes);
  const text = cached("text", async (length: number) => {
    runs++;
    return { text: "x".repeat(length) };
  });
  return { text, runs: () => runs, bump: () => void revision++ };
}

describe("createRevisionCache", () => {
  it("answers from memory until the revision moves", async () => {
    const { text, runs, bump } = setup(1_000_000);
    const first = await text(10);
    expect(await text(10)).toBe(first);
    expect(runs()).toBe(1);
    bump();
    expect(await text(10)).not.toBe(first);
    expect(runs()).toBe(2);
  });

  it("shares one computation between concurrent calls", async () => {
    const { text, runs } = setup(1_000_000);
    const [a, b] = await Promise.all([text(5), text(5)]);
    expect(a).toBe(b);
    expect(runs()).toBe(1);
  });

  it("is bounded in bytes: new results push out the least recently used, and one too large is not kept", async () => {
    const { text, runs } = setup(100_000);
    await text(2_000); // about 4 kB as a JavaScript string
    await text(2_001);
    await text(2_002);
    await text(2_000);
    expect(runs()).toBe(3);
    await text(6_000); // 12 kB: more than a tenth of the cache, computed but not kept
    await text(6_000);
    expect(runs()).toBe(5);
    for (let n = 0; n < 25; n++) await text(3_000 + n); // 25 × 6 kB: more than fits
    await text(2_001);
    expect(runs()).toBe(31);
  });

  it("measures a Map by its entries (JSON writes it as {})", async () => {
    let runs = 0;
    const cached = createRevisionCache(async () => 1n, 100_000);
    const labels = cached("labels", async (size: number) => {
      runs++;
      return new Map(Array.from({ length: size }, (_, i) => [`key-${i}`, "x".repeat(100)]));
    });
    const small = await labels(10); // about 2.5 kB: kept
    expect(await labels(10)).toBe(small);
    await labels(100); // about 25 kB: more than a tenth of the cache, not kept
    await labels(100);
    expect(runs).toBe(3);
  });

  it("does not keep 'no such record', so that asking for random slugs cannot push out real pages", async () => {
    let runs = 0;
    const cached = createRevisionCache(async () => 1n, 1_000_000);
    const page = cached("page", async (slug: string) => {
      runs++;
      return slug === "known" ? { slug } : null;
    });
    expect(await page("unknown")).toBeNull();
    expect(await page("unknown")).toBeNull();
    expect(runs).toBe(2);
    await page("known");
    await page("known");
    expect(runs).toBe(3);
  });
});
