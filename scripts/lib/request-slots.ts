// At most a few page renders at once; the others wait their turn, in the order they came.
// A page render holds its tree, its data and its buffers until it is sent: fifty renders at
// once on two cores are no faster than eight, only fifty times the memory, and with 10,000
// models they ran the server out of heap (npm run bench's fifty clients; issue 14). Waiting in
// line costs a request almost nothing.
import { availableParallelism } from "node:os";

/** What a slot needs of a response: to know when it is done (sent, or the client gone). */
type Response = { once(event: "close", listener: () => void): unknown };

/** The default: four requests per core, enough to keep the cores busy while some wait for the database. */
export const defaultSlots = () => 4 * availableParallelism();

/**
 * Admits `answer` for `response` when fewer than `limit` admitted ones are still open. A request
 * gives its slot back when its response closes, or after `holdMs` at the latest, so that a
 * client reading a page very slowly cannot keep everyone else waiting. A client that leaves while
 * waiting is dropped from the line.
 */
export function requestSlots(limit: number, holdMs = 10_000) {
  let running = 0;
  const line: (() => void)[] = [];
  const next = () => {
    while (running < limit && line.length > 0) {
      running++;
      line.shift()?.();
    }
  };
  return (response: Response, answer: () => void): void => {
    let state: "waiting" | "running" | "done" = "waiting";
    let timer: NodeJS.Timeout | undefined;
    const start = () => {
      state = "running";
      timer = setTimeout(done, holdMs).unref();
      answer();
    };
    function done() {
      if (state === "running") {
        clearTimeout(timer);
        running--;
        next();
      } else if (state === "waiting") {
        line.splice(line.indexOf(start), 1);
      }
      state = "done";
    }
    response.once("close", done);
    line.push(start);
    next();
  };
}
