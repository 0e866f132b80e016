// What `npm start` promises a process manager: SIGTERM stops the server and then the embedded
// database, leaving nothing behind; and when the start process is killed outright (kill -9),
// the server does not stay behind answering 500s over the database that died with it, not even
// when its output has nowhere to go any more, and the next start takes over the data folder.
// The real scripts/start.ts runs on the fixture catalogue; it builds the app first when the
// build is missing or stale, hence the long timeouts. Each start takes a while, so each test
// tells a whole story with as few starts as it can; the lock's own rules are unit-tested in
// src/db/data-folder-lock.test.ts.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isGone, portRefuses, startCatalogue, startTimeout, stopTimeout, waitFor } from "../support/app-process";

describe("npm start under a process manager", () => {
  it(
    "serves localized addresses bound to 127.0.0.1, directly and behind a proxy, and stops with exit code 0 on SIGTERM",
    async () => {
      // The README's systemd example binds to 127.0.0.1 behind a reverse proxy. Next calls that
      // host "localhost" inside the proxy's request and once sent every localized address
      // (/fi/mallit, whose page is /fi/models) to itself in a loop, or answered 500 with the
      // proxy's X-Forwarded-* headers.
      const { start, port, origin, serverPid, processes, output } = await startCatalogue({ HOST: "127.0.0.1" });
      const behindProxy = { "X-Forwarded-Host": "palaset.example.fi", "X-Forwarded-Proto": "https" };
      for (const path of ["/fi/mallit", "/sv/modeller", "/fi/mallit/kulttuurikortti", "/fi/toimitus"]) {
        for (const headers of [{}, behindProxy]) {
          const response = await fetch(`${origin}${path}`, { redirect: "manual", headers });
          const where = `${path} ${JSON.stringify(headers)}`;
          if (path === "/fi/toimitus") {
            // The working area sends the signed-out to sign in, at the same host.
            expect(response.status, where).toBe(307);
            expect(new URL(response.headers.get("location") ?? "", origin).pathname, where).toBe("/fi/kirjaudu");
          } else {
            expect(response.status, where).toBe(200);
          }
        }
      }

      expect(processes).toContain(serverPid);
      const exitCode = new Promise<number | null>((resolve) => start.once("exit", (code) => resolve(code)));
      start.kill("SIGTERM");
      const took = await waitFor(async () => processes.every(isGone) && (await portRefuses(port)), stopTimeout);
      expect(await exitCode, output()).toBe(0);
      expect(output()).toContain("stopping (SIGTERM)");
      console.log(`SIGTERM: every process gone and the port closed after ${Math.round(took)} ms`);
    },
    startTimeout + 60_000,
  );

  it(
    "leaves no server behind when the start process is killed outright, and starts again on the lock it left",
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), "palaset-lock-test-"));
      const folder = join(dataDir, "pglite");
      try {
        const { start, port, serverPid, processes } = await startCatalogue({ PALASET_DATA_DIR: folder });
        // Whoever read the output goes too (a terminal closed, a log pipe ended), so the server's
        // last words meet a broken pipe.
        start.stdout?.destroy();
        start.stderr?.destroy();
        start.kill("SIGKILL");
        const took = await waitFor(async () => processes.every(isGone) && (await portRefuses(port)), stopTimeout);
        expect(isGone(serverPid)).toBe(true);
        console.log(`kill -9: the server and every other process gone and the port closed after ${Math.round(took)} ms`);
        expect(existsSync(`${folder}.lock`)).toBe(true); // nobody removed it

        // The next start waits for the dead owner's lock to go stale, then serves.
        const second = await startCatalogue({ PALASET_DATA_DIR: folder });
        expect((await fetch(`${second.origin}/fi/mallit`)).status).toBe(200);
        second.start.kill("SIGTERM");
        await waitFor(() => second.processes.every(isGone), stopTimeout);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    2 * startTimeout,
  );
});
