// End-to-end tests in Chromium against the built app, started the way a user starts it
// (`npm start`), each server on its own embedded database and port: the fixture catalogue
// (most tests), a generated catalogue bigger than one page of results (paging), and the
// shipped content/ (checks that hold whatever its editors write).
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { env } from "./src/env";

const port = 3210;
const baseURL = `http://localhost:${port}`;
const pagingPort = 3211;
const shippedPort = 3212;

// Playwright cannot download its own browser on our machines; Debian's Chromium works.
const debianChromium = "/usr/bin/chromium";
const launchOptions = existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    }
  : {};

// All tests come from one address, many at a time: the rate limits (tested on their own in
// tests/integration/proxy.test.ts) must not refuse them.
const unlimited = { PALASET_RATE_LIMIT_SEARCH_PER_MINUTE: "1000000", PALASET_RATE_LIMIT_CSV_PER_MINUTE: "1000000" };

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // Sign-in with a second factor, mail and single sign-on make some tests long on a busy machine.
  timeout: 90_000,
  workers: 2,
  forbidOnly: env.CI,
  retries: 0,
  reporter: env.CI ? "list" : [["list"], ["html", { open: "never" }]],
  use: { baseURL, trace: "retain-on-failure", launchOptions },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: [/mobile\.spec\.ts/, /(editorial|evaluations)\.spec\.ts/] },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, testMatch: /mobile\.spec\.ts/ },
    // The editorial workflow publishes models into the shared server's catalogue, which the other
    // specs count exactly (the fixture's 9), so it runs after them.
    { name: "editorial", use: { ...devices["Desktop Chrome"], launchOptions }, testMatch: /(editorial|evaluations)\.spec\.ts/, dependencies: ["desktop", "phone"] },
  ],
  webServer: [
    {
      // Mail the main server sends (invitations, password resets) lands here (tests/e2e/mailbox.ts).
      command: "npx tsx tests/e2e/mail-catcher.ts",
      url: "http://127.0.0.1:2526/health",
      reuseExistingServer: !env.CI,
    },
    {
      // An organisation's own OpenID Connect provider, for single sign-on (tests/e2e/oidc-provider.ts).
      command: "npx tsx tests/e2e/oidc-provider.ts",
      url: "http://127.0.0.1:2527/.well-known/openid-configuration",
      reuseExistingServer: !env.CI,
    },
    {
      // The test accounts first (tests/e2e/accounts.ts), in the database the server then opens.
      command: "npx tsx tests/e2e/setup-accounts.ts && npm start",
      url: `${baseURL}/fi`,
      timeout: 300_000,
      reuseExistingServer: !env.CI,
      stdout: "pipe",
      env: {
        PORT: String(port),
        HOST: "localhost",
        PALASET_DATA_DIR: ".data/e2e",
        PALASET_CONTENT_DIR: "tests/fixtures/catalogue",
        DATABASE_URL: "",
        ...unlimited,
        SMTP_URL: "smtp://127.0.0.1:2525",
        PALASET_SSO_ISSUER: "http://127.0.0.1:2527",
        PALASET_SSO_CLIENT_ID: "palaset-e2e",
        PALASET_SSO_CLIENT_SECRET: "e2e-client-secret-1234567890",
        PALASET_SSO_ORGANISATION: "rauman-kohtaamo",
        PALASET_SSO_ROLE: "editor",
        // Scheduled publishes (tests/e2e/schedule-editorial.spec.ts) are done within half a second of their time.
        PALASET_JOB_POLL_MS: "500",
      },
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
        ...unlimited,
      },
    },
    {
      command: "npm start",
      url: `http://localhost:${shippedPort}/fi`,
      timeout: 300_000,
      reuseExistingServer: !env.CI,
      stdout: "pipe",
      env: { PORT: String(shippedPort), HOST: "localhost", PALASET_DATA_DIR: ".data/e2e-shipped", PALASET_CONTENT_DIR: "content", DATABASE_URL: "", ...unlimited },
    },
  ],
});
