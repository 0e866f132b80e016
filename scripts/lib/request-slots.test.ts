import { EventEmitter } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { requestSlots } from "./request-slots";

/** A request whose response the test closes, and whether it has been answered. */
function request(admit: ReturnType<typeof requestSlots>) {
  const response = new EventEmitter();
  const state = { answered: false, close: () => response.emit("close") };
  admit(response, () => (state.answered = true));
  return state;
}

describe("requestSlots", () => {
  afterEach(() => vi.useRealTimers());

  it("answers at most `limit` requests at once, the next in line when one is done", () => {
    const admit = requestSlots(2);
    const [a, b, c, d] = [request(admit), request(admit), request(admit), request(admit)];
    expect([a.answered, b.answered, c.answered, d.answered]).toEqual([true, true, false, false]);
    b.close();
    expect([c.answered, d.answered]).toEqual([true, false]);
    a.close();
    c.close();
    expect(d.answered).toBe(true);
    d.close();
    // Every slot is free again and no one waits: the next two are answered at once.
    expect([request(admit), request(admit), request(admit)].map((r) => r.answered)).toEqual([true, true, false]);
  });

  it("drops a request whose client left while it waited, without freeing a slot it never had", () => {
    const admit = requestSlots(1);
    const [a, b, c] = [request(admit), request(admit), request(admit)];
    b.close();
    expect(c.answered).toBe(false);
    a.close();
    expect([b.answered, c.answered]).toEqual([false, true]);
    expect(request(admit).answered).toBe(false); // c holds the one slot
  });

  it("takes a slot back from a response still open after the hold time, and only once", () => {
    vi.useFakeTimers();
    const admit = requestSlots(1, 1_000);
    const [slow, next] = [request(admit), request(admit)];
    vi.advanceTimersByTime(999);
    expect(next.answered).toBe(false);
    vi.advanceTimersByTime(1);
    expect(next.answered).toBe(true);
    slow.close(); // its slot was already given back
    expect(request(admit).answered).toBe(false); // next holds the one slot
  });
});
