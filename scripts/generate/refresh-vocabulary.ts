// npx tsx scripts/generate/refresh-vocabulary.ts: rewrites the generator's word lists
// (./words/<locale>.txt) from the words of content/ and messages/ as they are now. The
// generated models and the benchmark's queries are drawn from those lists, so refreshing them
// changes both: raise corpusVersion in ./catalogue.ts with it, and compare no figure across.
import { writeFileSync } from "node:fs";
import { loadContent } from "@/content/load";
import { locales } from "@/domain/locale";
import { measureVocabulary, wordListUrl } from "./catalogue";
import { keysOf } from "./model";

const vocabulary = measureVocabulary("content", keysOf(await loadContent("content")));
const made = new Date().toISOString().slice(0, 10);
for (const locale of locales) {
  const header = `# The words of content/ and messages/ (${locale}) on ${made}, most frequent first: scripts/generate/refresh-vocabulary.ts`;
  writeFileSync(wordListUrl(locale), [header, ...vocabulary[locale], ""].join("\n"));
  console.log(`${locale}: ${vocabulary[locale].length} words`);
}
