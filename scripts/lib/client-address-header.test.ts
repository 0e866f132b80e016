import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { noTrustedProxies, parseTrustedProxies, type TrustedProxies } from "@/domain/client-address";
import { clientAddressHeader } from "@/domain/client-address";
import { stampClientAddress, withClientAddress } from "./client-address-header";

function trusting(list: string): TrustedProxies {
  const result = parseTrustedProxies(list);
  if (!result.ok) throw new Error(`malformed: ${result.malformed.join(", ")}`);
  return result.proxies;
}

const request = (remoteAddress: string | undefined, headers: IncomingHttpHeaders) => ({ headers: { ...headers }, socket: { remoteAddress } });

describe("stampClientAddress", () => {
  it("replaces a client address and X-Forwarded-For the client sent with its socket's peer", () => {
    const forged = request("203.0.113.7", { [clientAddressHeader]: "10.0.0.1", "x-forwarded-for": "10.0.0.1", host: "palaset.example" });
    expect(stampClientAddress(forged, noTrustedProxies)).toBe("203.0.113.7");
    expect(forged.headers).toEqual({ [clientAddressHeader]: "203.0.113.7", "x-forwarded-for": "203.0.113.7", host: "palaset.example" });
  });

  it("takes the client from a trusted proxy's X-Forwarded-For and passes on that one address", () => {
    const proxied = request("::ffff:10.0.0.1", { "x-forwarded-for": "1.1.1.1, 203.0.113.7" });
    expect(stampClientAddress(proxied, trusting("10.0.0.0/8"))).toBe("203.0.113.7");
    expect(proxied.headers).toEqual({ [clientAddressHeader]: "203.0.113.7", "x-forwarded-for": "203.0.113.7" });
  });

  it("reads X-Forwarded-For given as several values", () => {
    const proxied = request("10.0.0.1", { "x-forwarded-for": ["1.1.1.1", "203.0.113.7"] });
    expect(stampClientAddress(proxied, trusting("10.0.0.1"))).toBe("203.0.113.7");
  });

  it("removes both headers when the socket has closed", () => {
    const gone = request(undefined, { [clientAddressHeader]: "10.0.0.1", "x-forwarded-for": "10.0.0.1" });
    expect(stampClientAddress(gone, noTrustedProxies)).toBeNull();
    expect(gone.headers).toEqual({});
  });
});

describe("withClientAddress behind a real HTTP server", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** Sends `head` over a raw socket (so headers can repeat and vary in case) and returns the headers the handler saw. */
  async function seenHeaders(listenHost: string, head: string): Promise<IncomingHttpHeaders> {
    let seen: IncomingHttpHeaders | undefined;
    const handle = withClientAddress(async (req, res) => {
      seen = { ...req.headers };
      res.end("ok");
    }, noTrustedProxies);
    server = createServer((req, res) => void handle(req, res));
    const listening = server;
    await new Promise<void>((resolve) => listening.listen(0, listenHost, resolve));
    const address = listening.address();
    const port = typeof address === "object" && address ? address.port : 0;
    await new Promise<void>((resolve, reject) => {
      const socket = connect(port, "127.0.0.1", () => socket.end(`${head}Connection: close\r\n\r\n`));
      socket.on("error", reject).on("close", () => resolve()).resume();
    });
    if (!seen) throw new Error("the handler saw no request");
    return seen;
  }

  it("overrides forged headers, repeated and in any case, with the socket's peer", async () => {
    const head = "GET / HTTP/1.1\r\nHost: x\r\nX-Palaset-Client-Address: 6.6.6.6\r\nx-palaset-client-address: 7.7.7.7\r\nX-Forwarded-For: 6.6.6.6\r\nx-forwarded-for: 7.7.7.7\r\n";
    const seen = await seenHeaders("127.0.0.1", head);
    expect(seen[clientAddressHeader]).toBe("127.0.0.1");
    expect(seen["x-forwarded-for"]).toBe("127.0.0.1");
  });

  it("reports an IPv4 client of a dual-stack socket as plain IPv4", async () => {
    const seen = await seenHeaders("::", "GET / HTTP/1.1\r\nHost: x\r\n");
    expect(seen[clientAddressHeader]).toBe("127.0.0.1");
  });
});
