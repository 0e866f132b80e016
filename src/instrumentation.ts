// Next runs register() once when a server process starts: the background work starts there,
// inside the app (src/background.ts). Not in the edge runtime, which runs no jobs, and
// not in the workers of `next build`, which have no database to work on.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startBackgroundWork } = await import("./background");
  startBackgroundWork();
}
