// npm run db:backup -- --out <file> [--force]: backs up the configured database (DATABASE_URL,
// or the embedded one in PALASET_DATA_DIR, which must not be in use) into one file.
import { BackupError } from "./lib/backup/errors";
import { parseArguments, reportingErrors, usageError } from "./lib/command-line";
import { runScript } from "./lib/run-script";

const command = "db:backup";
const usage = "usage: npm run db:backup -- --out <file> [--force]";
const { values } = parseArguments(command, usage, { options: { out: { type: "string" }, force: { type: "boolean" } } });
const out = values.out ?? usageError(command, "name the file to write with --out", usage);

await runScript(() =>
  reportingErrors(command, BackupError, async () => {
    const { backupDatabase, configuredTarget } = await import("./lib/backup");
    const report = await backupDatabase(configuredTarget(), { out, force: values.force });
    return `backed up the ${report.kind} database to ${report.out} (${(report.bytes / 1024 / 1024).toFixed(1)} MiB)`;
  }),
);
