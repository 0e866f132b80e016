import { describe, expect, it } from "vitest";
import { canonicalAddress, clientAddress, noTrustedProxies, parseTrustedProxies, type TrustedProxies } from "./client-address";

function trusting(list: string): TrustedProxies {
  const result = parseTrustedProxies(list);
  if (!result.ok) throw new Error(`malformed: ${result.malformed.join(", ")}`);
  return result.proxies;
}

describe("clientAddress", () => {
  it("is the socket's peer when no proxy is trusted", () => {
    expect(clientAddress("203.0.113.7", undefined, noTrustedProxies)).toBe("203.0.113.7");
    expect(clientAddress("2001:db8::7", undefined, noTrustedProxies)).toBe("2001:db8::7");
  });

  it("reports an IPv4 peer of a dual-stack socket as plain IPv4", () => {
    expect(clientAddress("::ffff:203.0.113.7", undefined, noTrustedProxies)).toBe("203.0.113.7");
    expect(clientAddress("::FFFF:203.0.113.7", undefined, noTrustedProxies)).toBe("203.0.113.7");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(clientAddress("203.0.113.7", "198.51.100.1", noTrustedProxies)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", "198.51.100.1, 10.0.0.1", trusting("10.0.0.1"))).toBe("203.0.113.7");
  });

  it("takes the rightmost untrusted entry from a trusted proxy, not the client's forged ones", () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; the proxy 10.0.0.1 appended the client's real address.
    expect(clientAddress("10.0.0.1", "1.1.1.1, 203.0.113.7", trusting("10.0.0.1"))).toBe("203.0.113.7");
  });

  it("walks through a chain of trusted proxies", () => {
    const proxies = trusting("10.0.0.1, 10.0.0.2");
    // client 203.0.113.7 -> proxy 10.0.0.2 -> proxy 10.0.0.1 -> us
    expect(clientAddress("10.0.0.1", "1.1.1.1, 203.0.113.7, 10.0.0.2", proxies)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:10.0.0.1", "203.0.113.7,10.0.0.2", proxies)).toBe("203.0.113.7");
  });

  it("trusts IPv4 CIDR ranges", () => {
    const proxies = trusting("10.0.0.0/8, 192.168.4.0/24");
    expect(clientAddress("10.200.3.4", "203.0.113.7, 192.168.4.250", proxies)).toBe("203.0.113.7");
    expect(clientAddress("10.200.3.4", "203.0.113.7, 192.168.5.1", proxies)).toBe("192.168.5.1");
    expect(clientAddress("11.0.0.1", "203.0.113.7", proxies)).toBe("11.0.0.1");
  });

  it("trusts IPv6 CIDR ranges and matches any spelling of an address", () => {
    const proxies = trusting("2001:db8:1::/48, fd00::1");
    expect(clientAddress("2001:db8:1:ffff::9", "2001:DB8:2::0001, FD00:0::1", proxies)).toBe("2001:db8:2::1");
    expect(clientAddress("2001:db8:2::9", "203.0.113.7", proxies)).toBe("2001:db8:2::9");
  });

  it("mixes IPv4 and IPv6 in one chain", () => {
    const proxies = trusting("::1, 127.0.0.1, 10.0.0.0/8");
    expect(clientAddress("::1", "2001:db8::7, 10.1.1.1, 127.0.0.1", proxies)).toBe("2001:db8::7");
  });

  it("falls back to the socket's peer when every entry is trusted or the header is missing", () => {
    const proxies = trusting("10.0.0.0/8");
    expect(clientAddress("10.0.0.1", "10.0.0.2, 10.0.0.3", proxies)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", undefined, proxies)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", "", proxies)).toBe("10.0.0.1");
  });

  it("ends the walk at an entry that is no IP address, and never returns one", () => {
    const proxies = trusting("10.0.0.0/8");
    expect(clientAddress("10.0.0.1", "203.0.113.7, <script>, 10.0.0.2", proxies)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", "203.0.113.7:4711", proxies)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", "unknown, 198.51.100.1", proxies)).toBe("198.51.100.1");
  });
});

describe("parseTrustedProxies", () => {
  it("accepts addresses and ranges of both families, with spaces and empty entries", () => {
    const result = parseTrustedProxies(" 10.0.0.1 ,, 172.16.0.0/12, ::1, 2001:db8::/32, ::ffff:192.0.2.1 ,");
    expect(result.ok && result.proxies.entries).toEqual(["10.0.0.1", "172.16.0.0/12", "::1", "2001:db8::/32", "::ffff:192.0.2.1"]);
  });

  it("trusts nothing when the list is empty", () => {
    const result = parseTrustedProxies("");
    expect(result.ok && clientAddress("127.0.0.1", "203.0.113.7", result.proxies)).toBe("127.0.0.1");
  });

  it.each([
    ["a host name", "proxy.example"],
    ["an address with a port", "10.0.0.1:8080"],
    ["an IPv4 prefix past 32", "10.0.0.0/33"],
    ["an IPv6 prefix past 128", "2001:db8::/129"],
    ["a prefix that is no number", "10.0.0.0/eight"],
    ["an empty prefix", "10.0.0.0/"],
    ["a range with two slashes", "10.0.0.0/8/16"],
    ["an octet past 255", "10.0.0.256"],
  ])("names %s as malformed", (_name, entry) => {
    expect(parseTrustedProxies(`127.0.0.1, ${entry}`)).toEqual({ ok: false, malformed: [entry] });
  });
});

describe("canonicalAddress", () => {
  it("spells an address one way", () => {
    expect(canonicalAddress(" 2001:0DB8:0:0::1 ")).toBe("2001:db8::1");
    expect(canonicalAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(canonicalAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(canonicalAddress("::1")).toBe("::1");
  });

  it("is null for what is not an IP address", () => {
    for (const text of ["", "unknown", "[::1]", "192.0.2.1:80", "010.1.1.1", "1.2.3"]) expect(canonicalAddress(text), text).toBeNull();
  });
});
