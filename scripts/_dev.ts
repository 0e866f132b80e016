import { migrateAndSeed } from "@/content/sync";
const t = performance.now();
const r = await migrateAndSeed(process.env.DATABASE_URL ?? "", 10, "/tmp/palaset-bench-content-10000");
console.log("seed s", ((performance.now() - t) / 1000).toFixed(1), r.report.models);
