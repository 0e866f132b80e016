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
    // next-intl's middleware imports "next/server", which only a bundler resolves (Next has no
    // exports map); Vite resolves it when it transforms the package instead of Node loading it.
    server: { deps: { inline: ["next-intl"] } },
  },
});
