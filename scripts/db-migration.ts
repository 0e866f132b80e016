// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with Prisma's SQL for the change from prisma/migrated.prisma (the schema of the newest
// migration) to prisma/schema.prisma, then records the new schema as migrated.
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { startEmbeddedDatabase } from "@/db/embedded";
import { slugSchema } from "@/content/schema";
import { schemaDiffSql } from "./lib/schema-diff";

const name = slugSchema.safeParse(process.argv[2]?.replaceAll("_", "-"));
if (!name.success) {
  console.error("usage: npm run db:migration -- <name>   (lower-case letters, digits, hyphens)");
  process.exit(2);
}

const database = await startEmbeddedDatabase(null);
try {
  const sql = await schemaDiffSql({ from: "prisma/migrated.prisma", to: "prisma/schema.prisma", url: database.url });
  const statements = sql.split("\n").filter((line) => line.trim() && !line.startsWith("--"));
  if (statements.length === 0) {
    console.log("prisma/schema.prisma has no change since the newest migration");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = join("prisma", "migrations", `${stamp}_${name.data.replaceAll("-", "_")}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "migration.sql"), sql);
    const header = (await readFile("prisma/migrated.prisma", "utf8")).split("\n").slice(0, 2).join("\n");
    await copyFile("prisma/schema.prisma", "prisma/migrated.prisma");
    await writeFile("prisma/migrated.prisma", `${header}\n${await readFile("prisma/migrated.prisma", "utf8")}`);
    console.log(`wrote ${join(dir, "migration.sql")}; apply it with npm run db:migrate`);
  }
} finally {
  await database.stop();
}
