// The two commands' common ending: success prints one line, any failure prints one line
// (no stack trace) and exits non-zero: 2 for wrong arguments, 1 for everything else.
import { parseArgs, type ParseArgsConfig } from "node:util";

export function fail(command: string, message: string, code: 1 | 2): never {
  console.error(`${command}: ${message}`);
  process.exit(code);
}

export function parseArguments<T extends ParseArgsConfig>(command: string, usage: string, config: T) {
  try {
    return parseArgs(config);
  } catch (error) {
    fail(command, `${error instanceof Error ? error.message : String(error)} (${usage})`, 2);
  }
}

export async function runCommand(command: string, main: () => Promise<string>): Promise<void> {
  try {
    console.log(await main());
  } catch (error) {
    fail(command, error instanceof Error ? error.message : String(error), 1);
  }
}
