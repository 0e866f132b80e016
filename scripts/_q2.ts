import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { parseSearchParams } from "@/domain/search-params";
import { searchModels } from "@/queries/search";
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "", max: 4 }), log: [{ emit: "event", level: "query" }] });
let log = false;
db.$on("query", (e) => { if (log) console.log(String(e.duration).padStart(5), "ms", e.query.replace(/\s+/g, " ").slice(0, 110)); });
globalThis.palasetDb = db;
for (const q of ["q=osallisuus", ""]) {
  await searchModels("fi", parseSearchParams(new URLSearchParams(q)).search);
  log = true; console.log("==", q);
  await searchModels("fi", parseSearchParams(new URLSearchParams(q + "&x")).search);
  log = false;
}
await db.$disconnect();
