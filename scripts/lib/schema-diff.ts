// Prisma's own SQL for a schema change, without Prisma 7's native schema engine (which
// cannot be downloaded here): Prisma 6.19's CLI has a WebAssembly engine that reads a
// Prisma 7 schema when given a driver adapter. Used to write new migrations
// (scripts/db-migration.ts) and by the schema drift test.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const legacyCli = resolve("node_modules/prisma-legacy-diff/build/index.js");

/** Prisma 6 wants a `url` in the datasource; Prisma 7 keeps it in the config. */
async function withUrl(schemaPath: string, url: string, out: string): Promise<string> {
  const schema = await readFile(schemaPath, "utf8");
  await writeFile(out, schema.replace(/provider\s*=\s*"postgresql"/, `$&\n  url = "${url}"`));
  return out;
}

/**
 * SQL that takes a database from `from` (a schema file, or empty) to the schema in `to`.
 * `url` names any reachable PostgreSQL; the diff itself does not change it.
 */
export async function schemaDiffSql(options: { from: string | "empty"; to: string; url: string }): Promise<string> {
  // Inside the project, so that the config file finds @prisma/adapter-pg.
  await mkdir(resolve(".data"), { recursive: true });
  const dir = await mkdtemp(join(resolve(".data"), "schema-diff-"));
  try {
    const config = join(dir, "prisma.config.ts");
    await writeFile(
      config,
      `import { PrismaPg } from "@prisma/adapter-pg";
export default {
  engine: "js",
  experimental: { adapter: true },
  schema: "to.prisma",
  async adapter() { return new PrismaPg({ connectionString: ${JSON.stringify(options.url)} }); },
};
`,
    );
    const to = await withUrl(options.to, options.url, join(dir, "to.prisma"));
    const from =
      options.from === "empty"
        ? ["--from-empty"]
        : ["--from-schema-datamodel", await withUrl(options.from, options.url, join(dir, "from.prisma"))];
    const engine = resolve("package.json"); // any existing file: the wasm engine is used instead
    const { stdout } = await run(
      process.execPath,
      [legacyCli, "migrate", "diff", ...from, "--to-schema-datamodel", to, "--script", "--config", config],
      { cwd: dir, env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: engine, PRISMA_QUERY_ENGINE_LIBRARY: engine, PRISMA_HIDE_UPDATE_MESSAGE: "1" } },
    );
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
