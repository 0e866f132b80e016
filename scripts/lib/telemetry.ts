// Next reports anonymous usage to Vercel unless told not to, and prints a notice about it on
// the first build. A public-sector install reports nothing: every Next process the scripts
// start (build, server, dev server) gets this in its environment.
export const noTelemetry = { NEXT_TELEMETRY_DISABLED: "1" } as const;
