// Runs a script's work and turns the failures a person can fix into one line saying what to
// do, with a non-zero exit and no stack trace: bad configuration, a data folder in use, content
// problems (one line each), a database that cannot be reached. Anything else is a bug and
// keeps its stack. The work is imported inside, so that even src/env.ts refusing the
// configuration as it loads ends up here.
import { ContentErrors } from "@/content/errors";
import { DataFolderInUseError } from "@/db/embedded";

const connectionCodes: Record<string, string> = {
  ECONNREFUSED: "nothing answers at that address",
  ENOTFOUND: "the host name is not known",
  ETIMEDOUT: "the connection timed out",
  EHOSTUNREACH: "the host cannot be reached",
  "28P01": "the password was refused",
  "28000": "the user may not connect",
  "3D000": "the database does not exist",
};

/** The one line for a failure a person can fix, or null for a bug. */
export function explainFailure(error: unknown): string | null {
  if (error instanceof ContentErrors) return `${error.message}\nFix the files named above, then start again.`;
  if (error instanceof DataFolderInUseError) return error.message;
  if (error instanceof Error && error.name === "InvalidEnvironmentError") return `${error.message}\nFix these variables, then start again.`;
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  if (code in connectionCodes) {
    return `Cannot reach the database: ${connectionCodes[code]} (${code}). Check DATABASE_URL and that PostgreSQL is running.`;
  }
  return null;
}

export async function runScript(work: () => Promise<number | void>): Promise<never> {
  try {
    process.exit((await work()) ?? 0);
  } catch (error) {
    console.error(explainFailure(error) ?? error);
    process.exit(1);
  }
}
