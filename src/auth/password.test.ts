import { hashPassword as betterAuthHash, verifyPassword as betterAuthVerify } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong or malformed one", async () => {
    const hash = await hashPassword("pitkä salasana 123");
    expect(hash).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(await verifyPassword({ hash, password: "pitkä salasana 123" })).toBe(true);
    expect(await verifyPassword({ hash, password: "pitkä salasana 124" })).toBe(false);
    expect(await verifyPassword({ hash: "no-colon", password: "x" })).toBe(false);
    expect(await verifyPassword({ hash: `${hash.slice(0, 33)}zz`, password: "x" })).toBe(false);
  });

  it("reads better-auth's hashes and writes hashes better-auth reads", async () => {
    const theirs = await betterAuthHash("salasana-sama");
    expect(await verifyPassword({ hash: theirs, password: "salasana-sama" })).toBe(true);
    const ours = await hashPassword("salasana-sama");
    expect(await betterAuthVerify({ hash: ours, password: "salasana-sama" })).toBe(true);
  });
});
