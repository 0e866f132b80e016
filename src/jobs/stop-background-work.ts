// How the server (scripts/serve.ts) stops the background work that runs inside the app
// (src/background.ts). The server and Next's bundle each load their own copy of this
// module, so the stop function is kept under a global symbol both copies know.
const key = Symbol.for("palaset.stopBackgroundWork");
const registry = globalThis as { [key]?: () => Promise<void> };

export function onStopBackgroundWork(stop: () => Promise<void>): void {
  registry[key] = stop;
}

/** Stops the background work, if this process started any; resolves once a poll under way has finished. */
export async function stopBackgroundWork(): Promise<void> {
  await registry[key]?.();
}
