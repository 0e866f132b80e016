// npm run content:export -- --out DIR [--slug SLUG ...]: writes the models of the configured
// database (DATABASE_URL, or the embedded one in PALASET_DATA_DIR, which must not be in use)
// as content folders, DIR/models/<slug>/{index.yaml, fi.md, sv.md, en.md, documents/}, in the form of
// content/: every published model, or the models named, in any state. Only reads the database.
import { join } from "node:path";
import { parseArguments, reportingErrors, usageError } from "./lib/command-line";
import { UnknownModelsError } from "./lib/content-export";
import { runScript } from "./lib/run-script";

const command = "content:export";
const usage = "usage: npm run content:export -- --out DIR [--slug SLUG ...]";
const { values } = parseArguments(command, usage, {
  options: { out: { type: "string" }, slug: { type: "string", multiple: true } },
});
const out = values.out ?? usageError(command, "name the folder to write with --out", usage);

await runScript(async () => {
  const { createDb } = await import("@/db/client");
  const { openDatabase } = await import("@/db/connect");
  const { exportModels } = await import("./lib/content-export");
  const database = await openDatabase();
  const db = createDb(database.url, database.poolSize);
  try {
    return await reportingErrors(command, UnknownModelsError, async () => {
      const slugs = await exportModels(db, out, values.slug);
      return `wrote ${slugs.length} model folder(s) to ${join(out, "models")}`;
    });
  } finally {
    await db.$disconnect();
    await database.close();
  }
});
