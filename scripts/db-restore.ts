// npm run db:restore -- <file> [--force]: replaces the configured database's contents with a
// backup made by db:backup. --force is needed when the database is not empty; the embedded
// database must be stopped.
import { BackupError } from "./lib/backup/errors";
import { parseArguments, reportingErrors, usageError } from "./lib/command-line";
import { runScript } from "./lib/run-script";

const command = "db:restore";
const usage = "usage: npm run db:restore -- <file> [--force]";
const { values, positionals } = parseArguments(command, usage, { options: { force: { type: "boolean" } }, allowPositionals: true });
const file = positionals.length === 1 && positionals[0] ? positionals[0] : usageError(command, "name one backup file to restore", usage);

await runScript(() =>
  reportingErrors(command, BackupError, async () => {
    const { configuredTarget, restoreDatabase } = await import("./lib/backup");
    const report = await restoreDatabase(configuredTarget(), { file, force: values.force });
    const kept = report.previousFolder ? `; the replaced database is kept in ${report.previousFolder}` : "";
    return `restored ${file} into the ${report.kind} database${report.replaced ? ", replacing what it held" : ""}${kept}`;
  }),
);
