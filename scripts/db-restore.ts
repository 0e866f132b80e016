// npm run db:restore -- <file> [--force]: replaces the configured database's contents with a
// backup made by db:backup. --force is needed when the database is not empty; the embedded
// database must be stopped.
import { configuredTarget, restoreDatabase } from "./lib/backup";
import { fail, parseArguments, runCommand } from "./lib/backup/command-line";

const command = "db:restore";
const usage = "usage: npm run db:restore -- <file> [--force]";
const { values, positionals } = parseArguments(command, usage, { options: { force: { type: "boolean" } }, allowPositionals: true });
const [file, ...extra] = positionals;
if (!file || extra.length > 0) fail(command, `name one backup file to restore (${usage})`, 2);

await runCommand(command, async () => {
  const report = await restoreDatabase(configuredTarget(), { file, force: values.force });
  const kept = report.previousFolder ? `; the replaced database is kept in ${report.previousFolder}` : "";
  return `restored ${file} into the ${report.kind === "server" ? "server" : "embedded"} database${report.replaced ? ", replacing what it held" : ""}${kept}`;
});
