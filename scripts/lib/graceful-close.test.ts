import { Agent, createServer, get, type RequestListener } from "node:http";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { closeGracefully } from "./graceful-close";

async function listen(listener: RequestListener) {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { server, port: typeof address === "object" && address ? address.port : 0 };
}

/** A GET over a keep-alive connection (as browsers and proxies keep them): status and body, or the error. */
function request(port: number, agent: Agent): Promise<{ status: number; body: string } | Error> {
  return new Promise((resolve) => {
    get({ host: "127.0.0.1", port, agent }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    }).on("error", resolve);
  });
}

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.on("connect", () => (socket.destroy(), resolve(false))).on("error", () => resolve(true));
  });

describe("closeGracefully", () => {
  it("answers the request in flight, refuses new connections and does not wait for keep-alive", async () => {
    const { server, port } = await listen((_req, res) => void setTimeout(() => res.end("done"), 300));
    const agent = new Agent({ keepAlive: true });
    const inFlight = request(port, agent);
    await new Promise((r) => setTimeout(r, 50));
    const started = performance.now();
    const closed = closeGracefully(server, 10_000);
    expect(await refused(port)).toBe(true);
    expect(await inFlight).toEqual({ status: 200, body: "done" });
    expect(await closed).toBe("drained");
    // Well before the 5 s keep-alive timeout that server.close() alone would wait for.
    expect(performance.now() - started).toBeLessThan(2_000);
    agent.destroy();
  });

  it("cuts a request that outlasts the grace period", async () => {
    const { server, port } = await listen(() => {}); // never answers
    const agent = new Agent({ keepAlive: true });
    const stuck = request(port, agent);
    await new Promise((r) => setTimeout(r, 50));
    const started = performance.now();
    expect(await closeGracefully(server, 300)).toBe("cut");
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(await stuck).toBeInstanceOf(Error);
    agent.destroy();
  });

  it("returns at once when nothing is connected, or the server never listened", async () => {
    const { server } = await listen((_req, res) => res.end());
    expect(await closeGracefully(server, 10_000)).toBe("drained");
    expect(await closeGracefully(createServer(), 10_000)).toBe("drained");
  });
});
