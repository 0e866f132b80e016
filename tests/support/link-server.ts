// A local web server for the link checker's tests, on 127.0.0.1: pages that answer, are
// missing, refuse HEAD, redirect, loop, redirect into a private network, hang, or take a
// while. It notes every request it sees, so a test can show that a refused link never reached
// it, and the most requests it ever served at once.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type SeenRequest = { method: string; path: string; userAgent: string | undefined };

const missing = (_request: IncomingMessage, response: ServerResponse) => response.writeHead(404).end();

const pages: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  "/ok": (_request, response) => response.end("ok"),
  "/missing": missing,
  "/no-head": (request, response) => response.writeHead(request.method === "HEAD" ? 405 : 200).end(),
  "/moved": (_request, response) => response.writeHead(301, { location: "/ok" }).end(),
  "/loop": (_request, response) => response.writeHead(302, { location: "/loop" }).end(),
  "/to-metadata": (_request, response) => response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
  "/hang": () => {},
  "/busy": (_request, response) => setTimeout(() => response.end(), 50),
};

export async function startLinkServer() {
  const seen: SeenRequest[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    seen.push({ method: request.method ?? "", path: `${url.pathname}${url.search}`, userAgent: request.headers["user-agent"] });
    mostInFlight = Math.max(mostInFlight, ++inFlight);
    response.on("close", () => inFlight--);
    (pages[url.pathname] ?? missing)(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    /** As PALASET_LINK_CHECK_ALLOW_HOSTS names it: 127.0.0.1:<port>. */
    host,
    url: (path: string) => `http://${host}${path}`,
    seen,
    mostInFlight: () => mostInFlight,
    forget: () => {
      seen.length = 0;
      mostInFlight = 0;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type LinkServer = Awaited<ReturnType<typeof startLinkServer>>;
