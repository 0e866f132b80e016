// What `npm start` promises a process manager: SIGTERM stops the server and then the embedded
// database, leaving nothing behind; and when the start process is killed outright (kill -9),
// the server does not stay behind answering 500s over the database that died with it, not even
// when its output has nowhere to go any more.
// The real scripts/start.ts runs on the fixture catalogue; it builds the app first when the
// build is missing or stale, hence the long timeouts.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isGone, portRefuses, startCatalogue, startTimeout, stopTimeout, waitFor } from "../support/app-process";

describe("npm start under a process manager", () => {
  it(
    "stops the server, then itself, with exit code 0 on SIGTERM",
    async () => {
      const { start, port, serverPid, processes, output } = await startCatalogue();
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
    "leaves no server behind when the start process is killed outright",
    async () => {
      const { start, port, serverPid, processes } = await startCatalogue();

      // Whoever read the output goes too (a terminal closed, a log pipe ended), so the server's
      // last words meet a broken pipe.
      start.stdout?.destroy();
      start.stderr?.destroy();
      start.kill("SIGKILL");
      const took = await waitFor(async () => processes.every(isGone) && (await portRefuses(port)), stopTimeout);
      expect(isGone(serverPid)).toBe(true);
      console.log(`kill -9: the server and every other process gone and the port closed after ${Math.round(took)} ms`);
    },
    startTimeout + 60_000,
  );

  it(
    "serves localized addresses when bound to 127.0.0.1, directly and behind a proxy",
    async () => {
      // The README's systemd example binds to 127.0.0.1 behind a reverse proxy. Next calls that
      // host "localhost" inside the proxy's request and once sent every localized address
      // (/fi/mallit, whose page is /fi/models) to itself in a loop, or answered 500 with the
      // proxy's X-Forwarded-* headers.
      const { origin } = await startCatalogue({ HOST: "127.0.0.1" });
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
    },
    startTimeout + 60_000,
  );

  it(
    "starts on a data folder whose lock was left behind: by a process killed outright, or as a stray file",
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), "palaset-lock-test-"));
      const folder = join(dataDir, "pglite");
      try {
        const first = await startCatalogue({ PALASET_DATA_DIR: folder });
        first.start.kill("SIGKILL");
        await waitFor(() => first.processes.every(isGone), stopTimeout);
        expect(existsSync(`${folder}.lock`)).toBe(true); // nobody removed it

        const second = await startCatalogue({ PALASET_DATA_DIR: folder });
        second.start.kill("SIGTERM");
        await waitFor(() => second.processes.every(isGone), stopTimeout);

        // An older version's PID file, empty or naming PID 0 or a PID now reused, is no lock.
        for (const content of ["", "0", String(process.pid)]) {
          writeFileSync(`${folder}.lock`, content);
          const third = await startCatalogue({ PALASET_DATA_DIR: folder });
          third.start.kill("SIGTERM");
          await waitFor(() => third.processes.every(isGone), stopTimeout);
        }
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    4 * startTimeout,
  );
});
