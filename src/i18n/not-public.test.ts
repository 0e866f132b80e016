import { describe, expect, it } from "vitest";
import { notPublicPathPrefixes } from "./not-public";

describe("notPublicPathPrefixes", () => {
  it("names the working area and the sign-in pages in every language", () => {
    const prefixes = notPublicPathPrefixes();
    for (const path of ["/fi/toimitus", "/sv/redaktion", "/en/editorial", "/fi/kirjaudu", "/sv/logga-in", "/en/sign-in", "/fi/unohtunut-salasana", "/en/forgot-password"]) {
      expect(prefixes).toContain(path);
    }
  });

  it("covers a password link's token with its prefix", () => {
    expect(notPublicPathPrefixes()).toEqual(expect.arrayContaining(["/fi/aseta-salasana/", "/sv/valj-losenord/", "/en/set-password/"]));
  });

  it("leaves the catalogue open", () => {
    const prefixes = notPublicPathPrefixes();
    for (const path of ["/fi/mallit/x", "/sv/modeller", "/en/privacy", "/fi"]) {
      expect(prefixes.some((prefix) => path.startsWith(prefix))).toBe(false);
    }
  });
});
