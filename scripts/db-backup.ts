// npm run db:backup -- --out <file> [--force]: backs up the configured database (DATABASE_URL,
// or the embedded one in PALASET_DATA_DIR, which must not be in use) into one file.
import { backupDatabase, configuredTarget } from "./lib/backup";
import { fail, parseArguments, runCommand } from "./lib/backup/command-line";

const command = "db:backup";
const usage = "usage: npm run db:backup -- --out <file> [--force]";
const { values } = parseArguments(command, usage, { options: { out: { type: "string" }, force: { type: "boolean" } } });
if (!values.out) fail(command, `name the file to write with --out (${usage})`, 2);
const out = values.out;

await runCommand(command, async () => {
  const report = await backupDatabase(configuredTarget(), { out, force: values.force });
  return `backed up the ${report.kind === "server" ? "server" : "embedded"} database to ${report.out} (${(report.bytes / 1024 / 1024).toFixed(1)} MiB)`;
});
