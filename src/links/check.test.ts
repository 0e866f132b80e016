// checkLinks against a local server (tests/support/link-server.ts), never the internet: each
// outcome, the redirect and politeness limits, and the address guard both before a request and
// when a connection is opened (a DNS answer that changes in between).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startLinkServer, type LinkServer } from "../../tests/support/link-server";
import { checkLinks, type CheckOptions, type LinkCheckResult } from "./check";

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server?.close());
beforeEach(() => server.forget());

async function checkOne(url: string, options: CheckOptions = { allowHosts: [server.host] }): Promise<LinkCheckResult> {
  const [result] = await checkLinks([url], options);
  if (!result) throw new Error(`no result for ${url}`);
  return result;
}

describe("checkLinks on an allowed local server", () => {
  it("finds a page that answers ok, asking with HEAD and saying who asks", async () => {
    const result = await checkOne(server.url("/ok"), { allowHosts: [server.host], contactUrl: "https://palaset.example.fi" });
    expect(result).toMatchObject({ url: server.url("/ok"), outcome: "ok", httpStatus: 200, redirects: [] });
    expect(result.finalUrl).toBeUndefined();
    expect(result.checkedAt).toBeInstanceOf(Date);
    expect(server.seen).toEqual([{ method: "HEAD", path: "/ok", userAgent: "Palaset link checker (+https://palaset.example.fi)" }]);
  });

  it("finds a missing page broken", async () => {
    expect(await checkOne(server.url("/missing"))).toMatchObject({ outcome: "broken", httpStatus: 404, redirects: [] });
  });

  it("asks again with GET when HEAD is refused", async () => {
    expect(await checkOne(server.url("/no-head"))).toMatchObject({ outcome: "ok", httpStatus: 200 });
    expect(server.seen.map((r) => r.method)).toEqual(["HEAD", "GET"]);
  });

  it("follows a redirect and keeps both addresses and the hop", async () => {
    expect(await checkOne(server.url("/moved"))).toMatchObject({
      url: server.url("/moved"),
      outcome: "redirected",
      httpStatus: 200,
      finalUrl: server.url("/ok"),
      redirects: [{ status: 301, location: server.url("/ok") }],
    });
  });

  it("gives up on a redirect loop after five redirects", async () => {
    const result = await checkOne(server.url("/loop"));
    expect(result).toMatchObject({ outcome: "error", httpStatus: 302, error: "more than 5 redirects" });
    expect(result.redirects).toHaveLength(5);
    expect(server.seen).toHaveLength(6);
  });

  it("times out on a page that does not answer", async () => {
    const started = Date.now();
    const result = await checkOne(server.url("/hang"), { allowHosts: [server.host], timeoutMs: 200 });
    expect(result).toMatchObject({ outcome: "timeout", error: "no answer in 200 ms" });
    expect(result.httpStatus).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("refuses a redirect into a private network, without following it", async () => {
    expect(await checkOne(server.url("/to-metadata"))).toMatchObject({
      outcome: "refused",
      finalUrl: "http://169.254.169.254/latest/meta-data/",
      redirects: [{ status: 302, location: "http://169.254.169.254/latest/meta-data/" }],
      error: "169.254.169.254 is not a public address (linkLocal)",
    });
    expect(server.seen.map((r) => r.path)).toEqual(["/to-metadata"]);
  });

  it("sends at most two requests at once to one host", async () => {
    const urls = Array.from({ length: 10 }, (_, i) => server.url(`/busy?link=${i}`));
    const results = await checkLinks(urls, { allowHosts: [server.host] });
    expect(results.map((r) => r.outcome)).toEqual(Array(10).fill("ok"));
    expect(server.seen).toHaveLength(10);
    expect(server.mostInFlight()).toBe(2);
  });
});

describe("checkLinks refuses what it must not request", () => {
  it("refuses private, loopback, link-local and other addresses and other schemes, without a request", async () => {
    const urls = [
      server.url("/ok"), // the local server, but not allowed this time
      "http://10.0.0.1/",
      "http://169.254.169.254/latest/meta-data/",
      "http://[::1]/",
      "http://[::ffff:127.0.0.1]/",
      "http://[fd00::1]/",
      "http://0.0.0.0/",
      "http://224.0.0.1/",
      "ftp://example.org/report.pdf",
      "javascript:alert(1)",
      "not a link",
    ];
    const results = await checkLinks(urls);
    expect(results.map((r) => [r.url, r.outcome])).toEqual(urls.map((url) => [url, "refused"]));
    expect(results.map((r) => r.error)).toEqual([
      "127.0.0.1 is not a public address (loopback)",
      "10.0.0.1 is not a public address (private)",
      "169.254.169.254 is not a public address (linkLocal)",
      "::1 is not a public address (loopback)",
      "::ffff:7f00:1 is not a public address (loopback)",
      "fd00::1 is not a public address (uniqueLocal)",
      "0.0.0.0 is not a public address (unspecified)",
      "224.0.0.1 is not a public address (multicast)",
      "only http and https links are checked",
      "only http and https links are checked",
      "only http and https links are checked",
    ]);
    expect(server.seen).toEqual([]);
  });

  it("refuses a host name that resolves to a private address", async () => {
    const resolve = async () => [{ address: "192.168.1.10", family: 4 }];
    expect(await checkOne("http://intranet.example/", { resolve })).toMatchObject({
      outcome: "refused",
      error: "intranet.example resolves to 192.168.1.10, not a public address (private)",
    });
  });

  it("refuses at connect time when the DNS answer changes after the check", async () => {
    const answers = [[{ address: "203.0.114.1", family: 4 }], [{ address: "127.0.0.1", family: 4 }]];
    const resolve = async () => answers.shift() ?? [];
    const port = server.host.split(":")[1];
    expect(await checkOne(`http://rebinding.example:${port}/ok`, { resolve })).toMatchObject({
      outcome: "refused",
      error: "rebinding.example resolves to 127.0.0.1, not a public address (loopback)",
    });
    expect(answers).toEqual([]);
    expect(server.seen).toEqual([]);
  });
});
