// npm run content:generate -- --count 10000 --out <dir> [--seed 42]: writes a synthetic
// catalogue for benchmarks (scripts/generate/). Exits 2 on bad arguments or a refused folder.
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { GenerateRefusal, writeGeneratedCatalogue } from "./generate/catalogue";

// parseArgs gives strings; "required" is clearer than zod's NaN message for a missing number.
const argsSchema = z.strictObject({
  count: z.string({ error: "required" }).pipe(z.coerce.number<string>().int().min(1).max(100_000)),
  out: z.string({ error: "required" }).trim().min(1),
  seed: z.string().default("42").pipe(z.coerce.number<string>().int().min(0).max(0xffff_ffff)),
});

const usage = "usage: npm run content:generate -- --count <1..100000> --out <dir> [--seed <n>]";
// The real catalogue, found from this file rather than the working directory.
const contentDir = fileURLToPath(new URL("../content", import.meta.url));

function fail(message: string): void {
  console.error(`${message}\n${usage}`);
  process.exitCode = 2;
}

let raw: Record<string, string | undefined>;
try {
  raw = parseArgs({ options: { count: { type: "string" }, out: { type: "string" }, seed: { type: "string" } } }).values;
} catch (error) {
  raw = {};
  fail(error instanceof Error ? error.message : String(error));
}

const args = process.exitCode ? undefined : argsSchema.safeParse(raw);
if (args && !args.success) {
  fail(args.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n"));
} else if (args) {
  const started = performance.now();
  try {
    const result = await writeGeneratedCatalogue({ contentDir, outDir: args.data.out, count: args.data.count, seed: args.data.seed });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`generated ${result.models} models into ${result.dir} in ${seconds} s (seed ${args.data.seed})`);
  } catch (error) {
    if (!(error instanceof GenerateRefusal)) throw error;
    fail(error.message);
  }
}
