// npx tsx scripts/pdf-timing.ts: how long checking an upload (src/documents/pdf.ts) takes for a
// 100-page report of about 300 Finnish words a page, and the longest the main thread went
// without running meanwhile, which stays small because pdfjs reads on a worker thread; then
// how long indexing its text for search takes (the StoredFile row with its generated tsvector),
// on the embedded database and, with TEST_DATABASE_URL, on the PostgreSQL server.
import { documentKey } from "@/documents/keys";
import { inspectUpload, type InspectedUpload } from "@/documents/pdf";
import { databaseKinds, seededDatabase } from "../tests/support/databases";
import { makePdf } from "../tests/support/pdf";
import { activities, adjectives, places, targets } from "./generate/phrases";
import { mulberry32, pick } from "./generate/random";

const pageCount = 100;
const wordsPerPage = 300;
const runs = 3;
const tickMs = 5;

/** Ticks every few ms on this thread; the stop function gives the longest gap between ticks. */
function watchMainThread(): () => number {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, tickMs);
  return () => {
    clearInterval(timer);
    return Math.max(longest, performance.now() - last);
  };
}

const vocabulary = [
  ...targets.flatMap((target) => [target.nom, target.gen, target.par]),
  ...activities.flatMap((activity) => [activity.nom, activity.gen]),
  ...adjectives.map((adjective) => adjective.fi),
  ...places.flatMap((place) => [place.gen, place.loc]),
].flatMap((phrase) => phrase.split(" "));
const rng = mulberry32(12);
const pages = Array.from({ length: pageCount }, () => Array.from({ length: wordsPerPage }, () => pick(rng, vocabulary)).join(" "));
const bytes = makePdf({ pages, title: "Arviointiraportti", lang: "fi-FI", tagged: true });
console.log(`${pageCount} pages, ${wordsPerPage} words a page, ${(bytes.byteLength / 1024).toFixed(0)} KiB`);

let inspected: InspectedUpload | undefined;
for (let run = 1; run <= runs; run++) {
  const stopWatching = watchMainThread();
  const started = performance.now();
  const result = await inspectUpload(bytes);
  const elapsed = performance.now() - started;
  const longestGap = stopWatching();
  if (!result.ok) throw new Error(`the report was refused: ${result.code}`);
  inspected = result;
  console.log(
    `run ${run}: inspectUpload ${elapsed.toFixed(0)} ms (${result.pageCount} pages, ${result.text.length} characters of text);`,
    `longest gap between the main thread's ${tickMs} ms ticks ${longestGap.toFixed(0)} ms`,
  );
}

if (!inspected?.ok) throw new Error("no report was read");
for (const kind of databaseKinds()) {
  const database = await seededDatabase(kind);
  try {
    const started = performance.now();
    const { checksum, sizeBytes, pageCount, tagged, text } = inspected;
    await database.db.storedFile.create({ data: { checksum, storageKey: documentKey(checksum), sizeBytes, pageCount, tagged, text, language: "fi" } });
    const indexed = performance.now() - started;
    const found = await database.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "StoredFile" WHERE "searchVector" @@ websearch_to_tsquery('finnish', ${text.split(" ")[5] ?? ""})`;
    console.log(`${kind}: indexing the text for search ${indexed.toFixed(0)} ms (found by one of its words: ${found[0]?.n === 1})`);
  } finally {
    await database.drop();
  }
}
