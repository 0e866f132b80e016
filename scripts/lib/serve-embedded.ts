// Serves an embedded database in a process of its own and prints its address on the first
// line of output: the benchmark keeps PGlite's work off the event loop that measures.
import { startEmbeddedDatabase } from "@/db/embedded";

const folder = process.argv[2];
if (!folder) {
  console.error("usage: tsx scripts/lib/serve-embedded.ts <data folder>");
  process.exit(2);
}
const database = await startEmbeddedDatabase(folder);
console.log(database.url);
const stop = () => void database.stop().then(() => process.exit(0));
process.on("SIGTERM", stop).on("SIGINT", stop);
