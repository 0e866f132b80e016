// The app's HTTP server: Next behind our own http.Server (Next's custom-server API), for what
// `next start` does not do. It renders a few pages at once and lets the rest wait in line
// (./lib/request-slots.ts). Every request carries the client's address, stamped from
// the socket (scripts/lib/client-address-header.ts), since route handlers cannot see the
// socket and `next start` passes on an X-Forwarded-For the client forged. And it stops when
// told: on SIGTERM or SIGINT, or when the process that started it dies (its IPC channel
// closes, even after kill -9), it takes no new connections, lets requests in flight finish for
// at most 10 s and exits 0. scripts/start.ts runs it (scripts/lib/server-process.ts) with the
// database in DATABASE_URL, built into one JavaScript file for Node alone (scripts/lib/build.ts);
// --dev serves with hot reload instead of the build, under tsx. What the server does besides
// answering requests runs inside the app (src/background.ts).
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import next from "next";
import { env } from "@/env";
import { stopBackgroundWork } from "@/jobs/stop-background-work";
import { commonSecurityHeaders, resourcePolicy, transportSecurity } from "@/http/security-headers";
import { withClientAddress } from "./lib/client-address-header";
import { closeGracefully } from "./lib/graceful-close";
import { defaultSlots, requestSlots } from "./lib/request-slots";

const dev = process.argv.includes("--dev");
/** From the signal to the exit, however long requests or Next's own cleanup take. */
const shutdownMs = 10_000;

if (!dev && env.NODE_ENV !== "production") {
  // React and Next would load their development builds, slow and with different behaviour.
  console.error("scripts/serve.ts serves the build with NODE_ENV=production (or pass --dev); npm start sets it");
  process.exit(2);
}

// When the reader of our output is gone (a closed terminal, a parent killed with its pipe),
// writing fails with EPIPE; unhandled, that error reaches Next's uncaughtException handler,
// which logs it to the same broken pipe, and again, at full CPU, and the server never gets to
// stop. Output that cannot be written is dropped instead.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});

if (!dev) {
  // The settings the build was made with, handed over as Next's own standalone server does.
  // Without them Next compiles next.config.ts at every start, which loads SWC and next-intl's
  // build plugin (a file watcher with it): 60 MB of native code that stays for nothing, since
  // the build has already applied them.
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(JSON.parse(readFileSync(".next/required-server-files.json", "utf8")).config);
}

const server = createServer();
// Next builds the address it routes by from this hostname, but the request its proxy sees
// calls every loopback address "localhost" (NextURL). With HOST=127.0.0.1 the two differed, so
// Next took the proxy's localized rewrites (/fi/mallit to /fi/models) for another site: it
// fetched them over the network, which redirected to itself forever, or failed with 500
// behind a TLS proxy (vercel/next.js#94745). The server still listens on HOST itself.
const loopback = /^(?:127(?:\.\d{1,3}){3}|::1|\[::1\]|localhost)$/;
const app = next({ dev, dir: ".", hostname: loopback.test(env.HOST) ? "localhost" : env.HOST, port: env.PORT, httpServer: server });

let stopping = false;
async function stop(reason: string) {
  if (stopping) return;
  stopping = true;
  console.log(`stopping (${reason}): finishing requests in flight`);
  setTimeout(() => process.exit(0), shutdownMs).unref();
  // Requests get all but a second, kept for Next's own cleanup. Hot reload holds connections
  // open for good: in development, stop at once as `next dev` does.
  // The background work runs inside the app (src/background.ts); a poll under way finishes.
  await Promise.all([closeGracefully(server, dev ? 0 : shutdownMs - 1_000), stopBackgroundWork()]);
  await app.close().catch((error: unknown) => console.error(error));
  process.exit(0);
}
process.on("SIGTERM", () => void stop("SIGTERM")).on("SIGINT", () => void stop("SIGINT"));
// Started with an IPC channel (scripts/lib/server-process.ts): it closes when the parent dies.
process.on("disconnect", () => void stop("the parent process is gone"));
if (process.send !== undefined && !process.connected) void stop("the parent process is gone");

await app.prepare();
const handle = withClientAddress(app.getRequestHandler(), env.PALASET_TRUSTED_PROXIES);
// Headers for every response, files and Next's own answers included; set here, at run time,
// since next.config.ts's headers() are fixed when the app is built and HSTS depends on
// PALASET_PUBLIC_URL. Pages replace the policy with their own (src/http/proxy.ts).
const hsts = transportSecurity(env.PALASET_PUBLIC_URL);
const everyResponse: [string, string][] = [
  ...commonSecurityHeaders.map(({ key, value }): [string, string] => [key, value]),
  ["Content-Security-Policy", resourcePolicy],
  ...(hsts ? [["Strict-Transport-Security", hsts] as [string, string]] : []),
];
// Pages wait in line for one of a few slots (./lib/request-slots.ts): a render holds the most
// memory and CPU. The API does not (a search mostly waits for the database: ten broad searches
// at once had a p97.5 of 600 ms, with eight slots 750 ms), nor the scripts and styles a page
// asks for next, nor writes (a form, an upload that may take minutes).
const admit = requestSlots(env.PALASET_MAX_CONCURRENT_REQUESTS ?? defaultSlots());
const waitsInLine = (request: IncomingMessage) =>
  (request.method === "GET" || request.method === "HEAD") && !request.url?.startsWith("/_next/") && !request.url?.startsWith("/api/");
server.on("request", (request, response) => {
  for (const [name, value] of everyResponse) response.setHeader(name, value);
  const answer = () =>
    void handle(request, response).catch((error: unknown) => {
      console.error(`failed to handle ${request.method} ${request.url}:`, error);
      if (!response.headersSent) response.writeHead(500).end("Internal Server Error");
      else response.destroy();
    });
  if (waitsInLine(request)) admit(response, answer);
  else answer();
});
server.on("error", (error) => {
  console.error(`cannot serve on ${env.HOST}:${env.PORT}:`, error.message);
  process.exit(1);
});
if (!stopping) server.listen(env.PORT, env.HOST);
