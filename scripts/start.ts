// npm start: brings the catalogue up on one machine (scripts/lib/start-app.ts says how).
// npm run dev (--dev): the same with hot reload instead of a build.
import { runScript } from "./lib/run-script";

await runScript(async () => (await import("./lib/start-app")).startApp(process.argv.includes("--dev")));
