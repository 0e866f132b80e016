// End-to-end tests in Chromium against the built app, started the way a user starts it
// (`npm start`) on its own embedded database and port.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { env } from "./src/env";

const port = 3210;
const baseURL = `http://localhost:${port}`;
// A second server on a generated catalogue bigger than one page of results (tests/e2e/paging.spec.ts).
const pagingPort = 3211;

// Playwright cannot download its own browser on our machines; Debian's Chromium works.
const debianChromium = "/usr/bin/chromium";
const launchOptions = existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    }
  : {};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: env.CI,
  retries: 0,
  reporter: env.CI ? "list" : [["list"], ["html", { open: "never" }]],
  use: { baseURL, trace: "retain-on-failure", launchOptions },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: /mobile\.spec\.ts/ },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, testMatch: /mobile\.spec\.ts/ },
  ],
  webServer: [
    {
      command: "npm start",
      url: `${baseURL}/fi`,
      timeout: 300_000,
      reuseExistingServer: !env.CI,
      stdout: "pipe",
      env: { PORT: String(port), HOST: "localhost", PALASET_DATA_DIR: ".data/e2e", DATABASE_URL: "" },
    },
    {
      // Started after the first, so the build is already there.
      command: "npm run content:generate -- --count 45 --out .data/e2e-paging-content && npm start",
      url: `http://localhost:${pagingPort}/fi`,
      timeout: 300_000,
      reuseExistingServer: !env.CI,
      stdout: "pipe",
      env: {
        PORT: String(pagingPort),
        HOST: "localhost",
        PALASET_DATA_DIR: ".data/e2e-paging",
        PALASET_CONTENT_DIR: ".data/e2e-paging-content",
        DATABASE_URL: "",
      },
    },
  ],
});
