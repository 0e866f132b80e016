// What the command-line scripts with arguments share (db:backup, db:restore, content:export):
// wrong arguments are one line and exit 2; the failure a command expects (a BackupError, an
// unknown model) is one line and exit 1. Everything else goes on to runScript
// (scripts/lib/run-script.ts), which explains the failures a person can fix in one line too
// (configuration, an unreachable server) and keeps the stack of a bug.
import { parseArgs, type ParseArgsConfig } from "node:util";

export function usageError(command: string, message: string, usage: string): never {
  console.error(`${command}: ${message} (${usage})`);
  process.exit(2);
}

export function parseArguments<T extends ParseArgsConfig>(command: string, usage: string, config: T) {
  try {
    return parseArgs(config);
  } catch (error) {
    usageError(command, error instanceof Error ? error.message : String(error), usage);
  }
}

/** Prints what `work` reports, or an error of the `expected` class as one line; resolves with the exit code. */
export async function reportingErrors(
  command: string,
  expected: abstract new (...args: never[]) => Error,
  work: () => Promise<string>,
): Promise<number> {
  try {
    console.log(await work());
    return 0;
  } catch (error) {
    if (!(error instanceof expected)) throw error;
    console.error(`${command}: ${error.message}`);
    return 1;
  }
}
