// A PostgreSQL server's database, backed up and restored with PostgreSQL's own client tools:
// pg_dump's custom format, and pg_restore in one transaction, so that a restore either
// replaces everything the backup holds or, on any error, changes nothing. The connection
// goes to the tools as libpq variables, which keeps the password off their command line.
import { spawn } from "node:child_process";
import { BackupError } from "./errors";

type Tool = "pg_dump" | "pg_restore";

/** PGHOST, PGPORT, … for the tools, from a postgresql:// address (unknown parameters are left out). */
export function libpqEnvironment(url: string): Record<string, string> {
  const address = new URL(url);
  const variables: Record<string, string> = { PGCONNECT_TIMEOUT: "10" };
  const set = (name: string, value: string) => {
    if (value) variables[name] = decodeURIComponent(value);
  };
  set("PGHOST", address.hostname.replace(/^\[(.*)\]$/, "$1"));
  set("PGPORT", address.port);
  set("PGUSER", address.username);
  set("PGPASSWORD", address.password);
  set("PGDATABASE", address.pathname.slice(1));
  const parameters: Record<string, string> = {
    host: "PGHOST",
    port: "PGPORT",
    user: "PGUSER",
    password: "PGPASSWORD",
    sslmode: "PGSSLMODE",
    sslrootcert: "PGSSLROOTCERT",
    sslcert: "PGSSLCERT",
    sslkey: "PGSSLKEY",
    connect_timeout: "PGCONNECT_TIMEOUT",
    application_name: "PGAPPNAME",
    options: "PGOPTIONS",
  };
  for (const [key, value] of address.searchParams) {
    const name = parameters[key];
    if (name) variables[name] = value;
  }
  return variables;
}

/** The tool's own error lines, without its name, on one line. */
function summarise(tool: Tool, stderr: string): string {
  const lines = stderr.split("\n").map((line) => line.trim()).filter(Boolean);
  const errors = lines.filter((line) => /^\S+: (error|detail|hint): /.test(line)).map((line) => line.replace(/^\S+: (error: )?/, ""));
  return `${tool} failed: ${(errors.length > 0 ? errors.slice(0, 3) : lines.slice(-1)).join("; ") || "no message"}`;
}

/** Runs a PostgreSQL client tool; resolves with its standard output. */
function run(tool: Tool, args: string[], url: string | null): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...(url ? libpqEnvironment(url) : {}) } });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error) => {
      const missing = "code" in error && error.code === "ENOENT";
      reject(
        missing
          ? new BackupError("TOOL_MISSING", `${tool} not found: install the PostgreSQL client tools (as new as the server, e.g. apt-get install postgresql-client)`)
          : new BackupError("TOOL_FAILED", `${tool} failed: ${error.message}`),
      );
    });
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(stdout).toString("utf8"));
      else reject(new BackupError("TOOL_FAILED", summarise(tool, Buffer.concat(stderr).toString("utf8"))));
    });
  });
}

/** pg_dump refuses a server newer than itself, with its own message. */
export async function dumpServer(url: string, path: string): Promise<void> {
  await run("pg_dump", ["--format=custom", `--file=${path}`], url);
}

/**
 * Replaces, in one transaction, every object the backup holds: --clean drops each before it
 * is made again (dropping the audit log's table is allowed; only deleting its rows is not).
 * Owners and grants are left out, so a backup restores under any role.
 */
export async function restoreServer(url: string, file: string): Promise<void> {
  const database = libpqEnvironment(url).PGDATABASE ?? "postgres";
  const options = ["--clean", "--if-exists", "--no-owner", "--no-acl", "--single-transaction", "--exit-on-error"];
  await run("pg_restore", [...options, `--dbname=${database}`, file], url);
}

/** The migrations recorded in a backup's _prisma_migrations; null when it has no such table. */
export async function migrationsInDump(file: string): Promise<string[] | null> {
  const script = await run("pg_restore", ["--data-only", "--table=_prisma_migrations", "--file=-", file], null);
  const lines = script.split("\n");
  const start = lines.findIndex((line) => /^COPY \S*_prisma_migrations \(.*\) FROM stdin;$/.test(line));
  if (start < 0) return null;
  const columns = (lines[start] ?? "").replace(/^.*?\((.*)\).*$/, "$1").split(", ");
  const at = (name: string) => columns.indexOf(name);
  const names: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line === "\\.") break;
    const fields = line.split("\t");
    if (fields[at("finished_at")] !== "\\N" && fields[at("rolled_back_at")] === "\\N") names.push(fields[at("migration_name")] ?? "");
  }
  return names;
}
