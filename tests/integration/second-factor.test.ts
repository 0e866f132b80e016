// The second factor on both databases: setting up an authenticator app, signing in with its
// code or a recovery code (each once), wrong codes refused, and an admin's reset.
import { TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "@/auth/auth";
import { confirmEnrolment, resetSecondFactor, startEnrolment } from "@/auth/second-factor";
import { signIn, signInSecondFactor } from "@/auth/sign-in";
import { createUser } from "@/auth/users";
import { readViewer } from "@/auth/viewer";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";

const password = "oikein-pitkä-salasana";
const address = "192.0.2.77";

/** The Cookie header a browser would send back after these Set-Cookie headers. */
const cookieHeader = (setCookies: string[]) => new Headers({ cookie: setCookies.map((c) => c.split(";")[0]).join("; ") });

describe.each(databaseKinds())("second factor (%s)", (kind) => {
  let database: SeededDatabase;
  let auth: Auth;
  let totp: TOTP;
  let recoveryCodes: string[];

  beforeAll(async () => {
    database = await seededDatabase(kind);
    auth = createAuth(database.db, { secret: "test-secret-that-is-long-enough-1234567890", baseURL: "http://localhost:3999", idleHours: 8 });
    await createUser(database.db, { email: "julkaisija@example.fi", name: "Julkaisija", password, memberships: [{ organisationKey: "porin-tukiyhdistys", role: "PUBLISHER" }] });
    await createUser(database.db, { email: "admin@example.fi", name: "Admin", password, nationalRole: "ADMIN" });
  });
  afterAll(() => database?.drop());

  const viewerOf = async (email: string) => {
    const viewer = await readViewer(database.db, (await database.db.user.findUniqueOrThrow({ where: { email } })).id);
    if (!viewer) throw new Error(`${email} is missing`);
    return viewer;
  };

  it("sets up an authenticator app: the password first, then its first code", async () => {
    const first = await signIn(database.db, auth, { email: "julkaisija@example.fi", password, address, headers: new Headers() });
    if (first.kind !== "signed-in") throw new Error(`signed in as ${first.kind}`);
    const session = cookieHeader(first.setCookies);
    expect(await startEnrolment(auth, session, "väärä-salasana-123")).toBeNull();
    const enrolment = await startEnrolment(auth, session, password);
    if (!enrolment) throw new Error("no enrolment");
    expect(enrolment.recoveryCodes.length).toBeGreaterThanOrEqual(8);
    recoveryCodes = enrolment.recoveryCodes;
    totp = new TOTP({ secret: enrolment.secret, digits: 6, period: 30 });
    const viewer = await viewerOf("julkaisija@example.fi");
    const wrong = totp.generate() === "000000" ? "111111" : "000000";
    expect(await confirmEnrolment(database.db, auth, viewer, session, wrong, address)).toBeNull();
    expect(await confirmEnrolment(database.db, auth, viewer, session, totp.generate(), address)).not.toBeNull();
    expect((await viewerOf("julkaisija@example.fi")).twoFactorEnabled).toBe(true);
    expect(await database.db.auditEntry.count({ where: { action: "second-factor-enabled", actorId: viewer.id } })).toBe(1);
  });

  it("asks for the code after the password, and signs in only with a right one", async () => {
    const step = await signIn(database.db, auth, { email: "julkaisija@example.fi", password, address, headers: new Headers() });
    expect(step.kind).toBe("second-factor");
    if (step.kind !== "second-factor") return;
    expect(step.setCookies.join()).not.toMatch(/session_token=[^;]+;/);
    const pending = cookieHeader(step.setCookies);
    expect(await signInSecondFactor(database.db, auth, { code: "12345x", recovery: false, address, headers: pending })).toEqual({ kind: "invalid" });
    const done = await signInSecondFactor(database.db, auth, { code: totp.generate(), recovery: false, address, headers: pending });
    expect(done.kind).toBe("signed-in");
    expect(done.kind === "signed-in" && done.setCookies.join()).toMatch(/palaset\.session_token=/);
  });

  it("takes a recovery code instead, once", async () => {
    const code = recoveryCodes[0] ?? "";
    const first = await signIn(database.db, auth, { email: "julkaisija@example.fi", password, address, headers: new Headers() });
    if (first.kind !== "second-factor") throw new Error(`signed in as ${first.kind}`);
    expect((await signInSecondFactor(database.db, auth, { code, recovery: true, address, headers: cookieHeader(first.setCookies) })).kind).toBe("signed-in");
    const again = await signIn(database.db, auth, { email: "julkaisija@example.fi", password, address, headers: new Headers() });
    if (again.kind !== "second-factor") throw new Error(`signed in as ${again.kind}`);
    expect(await signInSecondFactor(database.db, auth, { code, recovery: true, address, headers: cookieHeader(again.setCookies) })).toEqual({ kind: "invalid" });
  });

  it("lets an admin reset a lost second factor, ending the person's sessions", async () => {
    const publisher = await viewerOf("julkaisija@example.fi");
    await resetSecondFactor(database.db, await viewerOf("admin@example.fi"), publisher.id, address);
    expect((await viewerOf("julkaisija@example.fi")).twoFactorEnabled).toBe(false);
    expect(await database.db.session.count({ where: { userId: publisher.id } })).toBe(0);
    expect(await database.db.twoFactor.count({ where: { userId: publisher.id } })).toBe(0);
    expect((await signIn(database.db, auth, { email: "julkaisija@example.fi", password, address, headers: new Headers() })).kind).toBe("signed-in");
    expect(await database.db.auditEntry.count({ where: { action: "second-factor-reset", subjectId: publisher.id } })).toBe(1);
  });
});
