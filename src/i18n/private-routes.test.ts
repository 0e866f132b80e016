import { describe, expect, it } from "vitest";
import { isPrivateRoute, privatePathPrefixes } from "./private-routes";

describe("private routes", () => {
  it("names the working area and the sign-in pages in every language", () => {
    const prefixes = privatePathPrefixes();
    for (const path of ["/fi/toimitus", "/sv/redaktion", "/en/editorial", "/fi/kirjaudu", "/sv/logga-in", "/en/sign-in", "/fi/unohtunut-salasana", "/en/forgot-password"]) {
      expect(prefixes).toContain(path);
    }
  });

  it("covers a password link's token with its prefix", () => {
    expect(privatePathPrefixes()).toEqual(expect.arrayContaining(["/fi/aseta-salasana/", "/sv/valj-losenord/", "/en/set-password/"]));
  });

  it("leaves the catalogue open", () => {
    const prefixes = privatePathPrefixes();
    for (const path of ["/fi/mallit/x", "/sv/modeller", "/en/privacy", "/fi"]) {
      expect(prefixes.some((prefix) => path.startsWith(prefix))).toBe(false);
    }
  });

  it("tells the internal routes of the working area and the account pages from the catalogue's", () => {
    for (const route of ["/fi/editorial", "/sv/editorial/people", "/en/sign-in/second-factor", "/fi/set-password/abc", "/en/forgot-password"]) {
      expect(isPrivateRoute(route), route).toBe(true);
    }
    for (const route of ["/fi/models", "/en/editorials", "/sv", "/fi/models/editorial"]) expect(isPrivateRoute(route), route).toBe(false);
  });
});
