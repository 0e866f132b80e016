// Accounts on both databases: people and memberships, sign-in with throttling, and an audit
// log written in the same transaction as the change and impossible to rewrite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, type Auth } from "@/auth/auth";
import { changePassword } from "@/auth/change-password";
import { readPeople } from "@/auth/people";
import { NotAllowedError } from "@/auth/people-admin";
import { pseudonymise, pseudonymOf, purgeAddresses } from "@/auth/retention";
import { signIn } from "@/auth/sign-in";
import { checkThrottle, forgetOldFailures, recordFailure } from "@/auth/throttle";
import { createUser, UnknownOrganisationError } from "@/auth/users";
import { readViewer } from "@/auth/viewer";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";

const password = "oikein-pitkä-salasana";

describe.each(databaseKinds())("accounts (%s)", (kind) => {
  let database: SeededDatabase;
  let auth: Auth;
  const attempt = (email: string, pass: string, address = "192.0.2.1") => signIn(database.db, auth, { email, password: pass, address, headers: new Headers() });

  beforeAll(async () => {
    database = await seededDatabase(kind);
    auth = createAuth(database.db, { secret: "test-secret-that-is-long-enough-1234567890", baseURL: "http://localhost:3999", idleHours: 8 });
    await createUser(database.db, { email: "Toimittaja@Example.fi", name: "Toimittaja", password, memberships: [{ organisationKey: "porin-tukiyhdistys", role: "EDITOR" }] });
    await createUser(database.db, { email: "admin@example.fi", name: "Admin", password, nationalRole: "ADMIN" });
    await createUser(database.db, { email: "orgadmin@example.fi", name: "Org", password, memberships: [{ organisationKey: "rauman-kohtaamo", role: "ORG_ADMIN" }] });
  });
  afterAll(() => database?.drop());

  it("creates a person with a membership and an audit entry, and nothing when a part fails", async () => {
    const editor = await database.db.user.findUniqueOrThrow({ where: { email: "toimittaja@example.fi" }, include: { memberships: true, accounts: true } });
    expect(editor.memberships.map((m) => m.role)).toEqual(["EDITOR"]);
    expect(editor.accounts.map((a) => a.providerId)).toEqual(["credential"]);
    expect(await database.db.auditEntry.count({ where: { action: "user-created", subjectId: editor.id } })).toBe(1);

    const before = await database.db.auditEntry.count();
    await expect(
      createUser(database.db, { email: "ghost@example.fi", name: "G", password, memberships: [{ organisationKey: "no-such-organisation", role: "EDITOR" }] }),
    ).rejects.toBeInstanceOf(UnknownOrganisationError);
    expect(await database.db.user.count({ where: { email: "ghost@example.fi" } })).toBe(0);
    expect(await database.db.auditEntry.count()).toBe(before);
  });

  it("signs in with the right password, and records the sign-in with its address", async () => {
    const outcome = await attempt("toimittaja@example.fi", password);
    expect(outcome.kind).toBe("signed-in");
    expect(outcome.kind === "signed-in" && outcome.setCookies.join()).toMatch(/palaset\.session_token=.*HttpOnly.*SameSite=Lax/i);
    const user = await database.db.user.findUniqueOrThrow({ where: { email: "toimittaja@example.fi" } });
    expect(user.lastSignInAt).not.toBeNull();
    const [entry] = await database.db.auditEntry.findMany({ where: { action: "sign-in", actorId: user.id }, orderBy: { id: "desc" }, take: 1 });
    expect(entry).toMatchObject({ address: "192.0.2.1", actorEmail: "toimittaja@example.fi" });
  });

  it("answers a wrong password, an unknown address and a deactivated user alike", async () => {
    await createUser(database.db, { email: "left@example.fi", name: "Left", password, memberships: [{ organisationKey: "porin-tukiyhdistys", role: "EDITOR" }] });
    await database.db.user.update({ where: { email: "left@example.fi" }, data: { deactivatedAt: new Date() } });
    for (const [email, pass] of [["toimittaja@example.fi", "väärä-salasana-123"], ["nobody@example.fi", password], ["left@example.fi", password]]) {
      expect(await attempt(email ?? "", pass ?? "", "192.0.2.50")).toEqual({ kind: "invalid" });
    }
    expect(await database.db.auditEntry.count({ where: { action: "sign-in-failed", address: "192.0.2.50" } })).toBe(3);
    const left = await database.db.user.findUniqueOrThrow({ where: { email: "left@example.fi" } });
    expect(await readViewer(database.db, left.id)).toBeNull();
  });

  it("throttles one account from one address after five failures, but not the next account from there", async () => {
    for (let i = 0; i < 5; i++) expect(await attempt("admin@example.fi", "väärin-väärin-123", "198.51.100.7")).toEqual({ kind: "invalid" });
    const sixth = await attempt("admin@example.fi", password, "198.51.100.7");
    expect(sixth.kind).toBe("throttled");
    expect(sixth.kind === "throttled" && sixth.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect((await attempt("orgadmin@example.fi", password, "198.51.100.7")).kind).toBe("signed-in");
    expect((await attempt("admin@example.fi", password, "198.51.100.8")).kind).toBe("signed-in");
  });

  it("caps an account at 20 failures an hour from all addresses, and an address at 100 in 15 minutes", async () => {
    const now = new Date();
    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
    for (let i = 0; i < 20; i++) await recordFailure(database.db, "spread@example.fi", `203.0.113.${i}`, minutesAgo(50 - i));
    expect(await checkThrottle(database.db, "spread@example.fi", "203.0.113.99", now)).toMatchObject({ allowed: false, scope: "account" });
    expect(await checkThrottle(database.db, "spread@example.fi", "203.0.113.99", new Date(now.getTime() + 40 * 60_000))).toEqual({ allowed: true });

    for (let i = 0; i < 99; i++) await recordFailure(database.db, `person${i}@example.fi`, "203.0.113.200", minutesAgo(10));
    expect(await checkThrottle(database.db, "someone@example.fi", "203.0.113.200", now)).toEqual({ allowed: true });
    await recordFailure(database.db, "person99@example.fi", "203.0.113.200", minutesAgo(1));
    expect(await checkThrottle(database.db, "someone@example.fi", "203.0.113.200", now)).toMatchObject({ allowed: false, scope: "address" });
  });

  it("forgets failed sign-ins older than an hour without waiting for the next failure", async () => {
    const inTwoHours = new Date(Date.now() + 2 * 3600_000);
    const stored = await database.db.signInFailure.count();
    expect(stored).toBeGreaterThan(0);
    expect(await forgetOldFailures(database.db)).toBe(0); // all of them are recent
    expect(await forgetOldFailures(database.db, inTwoHours)).toBe(stored);
    expect(await database.db.signInFailure.count()).toBe(0);
  });

  it("keeps the audit log as written: no deletes, no edits but clearing an address or a pseudonym", async () => {
    const entry = await database.db.auditEntry.findFirstOrThrow({ where: { address: { not: null } } });
    await expect(database.db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/cannot be deleted/);
    await expect(database.db.auditEntry.update({ where: { id: entry.id }, data: { action: "sign-out" } })).rejects.toThrow(/cannot be changed/);
    await expect(database.db.auditEntry.update({ where: { id: entry.id }, data: { address: "10.0.0.1" } })).rejects.toThrow(/cannot be changed/);
    await expect(database.db.$executeRaw`TRUNCATE "AuditEntry"`).rejects.toThrow(/cannot be deleted/);
    await database.db.auditEntry.update({ where: { id: entry.id }, data: { address: null, actorEmail: "poistunut-1" } });
    expect(await database.db.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ address: null, actorEmail: "poistunut-1", action: entry.action });
  });

  it("shows an org-admin the people of their own organisation only, and an admin everyone", async () => {
    const admin = await readViewer(database.db, (await database.db.user.findUniqueOrThrow({ where: { email: "admin@example.fi" } })).id);
    const orgAdmin = await readViewer(database.db, (await database.db.user.findUniqueOrThrow({ where: { email: "orgadmin@example.fi" } })).id);
    const editor = await readViewer(database.db, (await database.db.user.findUniqueOrThrow({ where: { email: "toimittaja@example.fi" } })).id);
    if (!admin || !orgAdmin || !editor) throw new Error("the test users are missing");
    expect((await readPeople(database.db, orgAdmin)).map((p) => p.email)).toEqual(["orgadmin@example.fi"]);
    expect((await readPeople(database.db, admin)).map((p) => p.email).sort()).toEqual(["admin@example.fi", "left@example.fi", "orgadmin@example.fi", "toimittaja@example.fi"]);
    expect(await readPeople(database.db, editor)).toEqual([]);
  });

  it("clears addresses older than the retention period, and keeps the entries", async () => {
    const withAddress = await database.db.auditEntry.count({ where: { address: { not: null } } });
    expect(withAddress).toBeGreaterThan(0);
    expect(await purgeAddresses(database.db, 12)).toBe(0); // all of them are recent
    const aYearAndAMonthOn = new Date(Date.now() + 13 * 31 * 24 * 3600_000);
    const total = await database.db.auditEntry.count();
    expect(await purgeAddresses(database.db, 12, aYearAndAMonthOn)).toBeGreaterThanOrEqual(withAddress);
    expect(await database.db.auditEntry.count({ where: { address: { not: null } } })).toBe(0);
    expect(await database.db.auditEntry.count()).toBe(total);
  });

  it("replaces a departed person's e-mail with a pseudonym, in their entries too (admins, deactivated people only)", async () => {
    const adminUser = await database.db.user.findUniqueOrThrow({ where: { email: "admin@example.fi" } });
    const admin = await readViewer(database.db, adminUser.id);
    const left = await database.db.user.findUniqueOrThrow({ where: { email: "left@example.fi" } });
    const editor = await database.db.user.findUniqueOrThrow({ where: { email: "toimittaja@example.fi" } });
    if (!admin) throw new Error("the admin is missing");
    await expect(pseudonymise(database.db, admin, editor.id, "192.0.2.1")).rejects.toBeInstanceOf(NotAllowedError); // still active
    expect(await database.db.auditEntry.count({ where: { actorId: left.id } })).toBeGreaterThan(0);
    await pseudonymise(database.db, admin, left.id, "192.0.2.1");
    expect(await database.db.user.findUniqueOrThrow({ where: { id: left.id } })).toMatchObject({ email: pseudonymOf(left.id), name: pseudonymOf(left.id) });
    expect(await database.db.auditEntry.count({ where: { actorId: left.id, actorEmail: { not: pseudonymOf(left.id) } } })).toBe(0);
    expect(await database.db.auditEntry.count({ where: { actorEmail: "left@example.fi" } })).toBe(0);
  });

  it("changes one's own password with the current one, ending the other sessions", async () => {
    await createUser(database.db, { email: "vaihtaja@example.fi", name: "Vaihtaja", password, memberships: [{ organisationKey: "porin-tukiyhdistys", role: "EDITOR" }] });
    const first = await attempt("vaihtaja@example.fi", password, "192.0.2.60");
    const second = await attempt("vaihtaja@example.fi", password, "192.0.2.61");
    if (first.kind !== "signed-in" || second.kind !== "signed-in") throw new Error("not signed in");
    const viewer = await readViewer(database.db, first.userId);
    if (!viewer) throw new Error("no viewer");
    const session = new Headers({ cookie: first.setCookies.map((c) => c.split(";")[0]).join("; ") });
    expect(await changePassword(database.db, auth, viewer, session, { current: "väärä-salasana-123", next: "uusi-salasana-pitkä" }, "192.0.2.60")).toBe(false);
    expect(await database.db.session.count({ where: { userId: viewer.id } })).toBe(2);
    expect(await changePassword(database.db, auth, viewer, session, { current: password, next: "uusi-salasana-pitkä" }, "192.0.2.60")).toBe(true);
    expect(await database.db.session.count({ where: { userId: viewer.id } })).toBe(1);
    expect((await attempt("vaihtaja@example.fi", password, "192.0.2.62")).kind).toBe("invalid");
    expect((await attempt("vaihtaja@example.fi", "uusi-salasana-pitkä", "192.0.2.62")).kind).toBe("signed-in");
    expect(await database.db.auditEntry.count({ where: { action: "password-changed", actorId: viewer.id } })).toBe(1);
  });
});
