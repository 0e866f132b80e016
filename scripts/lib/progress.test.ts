import { describe, expect, it } from "vitest";
import { progressLine } from "./progress";

/** A stand-in for stderr that keeps what was written. */
function output(isTTY: boolean) {
  const written: string[] = [];
  const out = { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream;
  return { out, written };
}

describe("progressLine", () => {
  it("rewrites one line on a terminal and ends it when done", () => {
    const { out, written } = output(true);
    const progress = progressLine("models", out);
    progress(500, 1500);
    progress(1500, 1500);
    expect(written).toEqual(["\rmodels: 500 of 1,500", "\rmodels: 1,500 of 1,500\n"]);
  });

  it("writes a plain line at each tenth of a large step when not a terminal", () => {
    const { out, written } = output(false);
    const progress = progressLine("models", out);
    for (let done = 100; done <= 2000; done += 100) progress(done, 2000);
    expect(written).toHaveLength(10);
    expect(written[0]).toBe("models: 200 of 2,000\n");
    expect(written.at(-1)).toBe("models: 2,000 of 2,000\n");
  });

  it("stays quiet for a small step in a log", () => {
    const { out, written } = output(false);
    const progress = progressLine("models", out);
    progress(9, 9);
    expect(written).toEqual([]);
  });
});
