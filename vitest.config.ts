import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./src", import.meta.url)),
      // Query modules guard against client bundles with "server-only"; tests are server code.
      "server-only": fileURLToPath(new URL("./tests/support/empty.ts", import.meta.url)),
    },
  },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One test file more than the machine has cores (Vitest's default is one fewer): most files
    // wait on PostgreSQL, child processes or the network. On 2 cores the whole suite took 367 s
    // with one file at a time, 273 s with two and 223 s with three.
    maxWorkers: availableParallelism() + 1,
    // next-intl's middleware imports "next/server", which only a bundler resolves (Next has no
    // exports map); Vite resolves it when it transforms the package instead of Node loading it.
    server: { deps: { inline: ["next-intl"] } },
  },
});
