// npm run links:check: checks every external address the catalogue links to (evaluation
// documents, bibliographies, models' original descriptions, organisations' websites) and
// records the findings (LinkCheck) for the working area; prints a line for each link that is
// not ok, and a summary. A broken link is a finding, not a failure: it exits 0, and 1 only when
// it could not run. Works on DATABASE_URL, or the embedded database while the app is stopped.
import { runScript } from "./lib/run-script";

await runScript(async () => {
  const { createDb } = await import("@/db/client");
  const { openDatabase } = await import("@/db/connect");
  const { applyMigrations } = await import("@/db/migrate");
  const { env } = await import("@/env");
  const { checkLinks } = await import("@/links/check");
  const { findingLine, summaryLine } = await import("@/links/report");
  const { linkTargets, recordChecks } = await import("@/links/targets");
  const database = await openDatabase();
  try {
    await applyMigrations(database.url);
    const db = createDb(database.url, database.poolSize);
    try {
      const targets = await linkTargets(db);
      const results = await checkLinks(
        targets.map((target) => target.url),
        { allowHosts: env.PALASET_LINK_CHECK_ALLOW_HOSTS, contactUrl: env.PALASET_PUBLIC_URL && new URL(env.PALASET_PUBLIC_URL).origin },
      );
      await recordChecks(db, results);
      const usesOf = new Map(targets.map((target) => [target.url, target.uses]));
      for (const result of results.filter((r) => r.outcome !== "ok")) console.log(findingLine(result, usesOf.get(result.url) ?? []));
      console.log(summaryLine(results));
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.close();
  }
});
