// Stopping an HTTP server the way a process manager expects after SIGTERM: no new
// connections, requests in flight answered, then gone. `server.close()` alone waits for every
// keep-alive connection to time out after its last response (5 s each, and a busy client keeps
// it open), and for a stuck request forever; here idle connections are closed as soon as they
// fall idle, and at the deadline whatever is left is cut.
import type { Server } from "node:http";

export type CloseOutcome = "drained" | "cut";

/** Resolves once every connection has closed ("drained") or at `graceMs` ("cut"), whichever comes first. */
export function closeGracefully(server: Server, graceMs: number): Promise<CloseOutcome> {
  return new Promise((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 25);
    const finish = (outcome: CloseOutcome) => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve(outcome);
    };
    const deadline = setTimeout(() => {
      // Upgraded connections (the dev server's hot reload) are not the HTTP server's to close;
      // the process exit that follows ends them.
      server.closeAllConnections();
      finish("cut");
    }, graceMs);
    // The callback runs once the last connection has closed (with an error if the server was
    // not listening yet, which is as good).
    server.close(() => finish("drained"));
  });
}
