// npm run content:check [dir]: validates every content file; exits 1 listing each problem
// as file:line: field: message.
import { ContentErrors } from "@/content/errors";
import { loadContent } from "@/content/load";
import { env } from "@/env";

const dir = process.argv[2] ?? env.PALASET_CONTENT_DIR;
try {
  const catalogue = await loadContent(dir);
  console.log(
    `content ok: ${catalogue.models.length} models, ${catalogue.themeArticles.length} theme articles, ` +
      `${catalogue.collections.length} collections, ${catalogue.taxonomies.reduce((n, t) => n + t.entries.length, 0)} taxonomy terms`,
  );
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  for (const problem of error.errors) console.error(problem.message);
  console.error(`${error.errors.length} problem(s)`);
  process.exitCode = 1;
}
