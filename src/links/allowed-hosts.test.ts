import { describe, expect, it } from "vitest";
import { allowedHostKey, hostKey } from "./allowed-hosts";

describe("allowedHostKey", () => {
  it("reads host:port in one spelling, the port always written", () => {
    expect(allowedHostKey("127.0.0.1:41234")).toBe("127.0.0.1:41234");
    expect(allowedHostKey("LocalHost:80")).toBe("localhost:80");
    expect(allowedHostKey("[0:0::1]:8080")).toBe("[::1]:8080");
  });

  it("refuses anything but a host and a port", () => {
    for (const entry of ["localhost", "10.0.0.0/8", "a.example:80/path", "a.example:80?q=:80", "user@a.example:80", "a.example:99999", ""]) {
      expect(allowedHostKey(entry), entry).toBeNull();
    }
  });

  it("matches a link's host as undici and URL name it", () => {
    expect(hostKey("http:", "[::1]", "8080")).toBe(allowedHostKey("[::1]:8080"));
    expect(hostKey("http:", "::1", "8080")).toBe(allowedHostKey("[::1]:8080"));
    expect(hostKey("http:", "localhost", "")).toBe(allowedHostKey("localhost:80"));
    expect(hostKey("https:", "localhost", "")).not.toBe(allowedHostKey("localhost:80"));
  });
});
