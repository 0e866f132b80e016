import { createDb } from "@/db/client";
import { parseSearchParams } from "@/domain/search-params";
import { searchModels } from "@/queries/search";
globalThis.palasetDb = createDb(process.env.DATABASE_URL ?? "", 4);
const mix = ["q=osallisuus", "q=osallisuutta", "q=%22sosiaalinen+kuntoutus%22", "q=kuntotus", "theme=participation&group=young-people&county=satakunta", "sort=name", ""];
for (const q of mix) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const r = await searchModels("fi", parseSearchParams(new URLSearchParams(q)).search);
    times.push(performance.now() - t);
    if (i === 0) process.stdout.write(`${q.padEnd(60)} total=${r.total} `);
  }
  console.log(times.map((x) => x.toFixed(0)).join(" "));
}
await globalThis.palasetDb.$disconnect();
