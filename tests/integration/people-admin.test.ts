// Managing people on both databases: invitations and one-time links, roles, deactivation, the
// last administrator, and who may do which, with the audit entry in the same transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLinkToken, InvalidLinkError, readLinkToken, setPasswordWithLink } from "@/auth/one-time-links";
import { changeRole, deactivate, invite, LastAdminError, NotAllowedError, requestReset, setNationalRole } from "@/auth/people-admin";
import type { Viewer } from "@/auth/permissions";
import { createUser } from "@/auth/users";
import { readViewer } from "@/auth/viewer";
import { viewerOf as viewerOfAccount } from "../support/viewers";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";

const password = "oikein-pitkä-salasana";
const here = { address: "192.0.2.9" };

describe.each(databaseKinds())("people administration (%s)", (kind) => {
  let database: SeededDatabase;
  let admin: Viewer;
  let orgAdmin: Viewer;
  let porin: string;
  let rauman: string;

  const viewerOf = (email: string) => viewerOfAccount(database.db, email);

  beforeAll(async () => {
    database = await seededDatabase(kind);
    await createUser(database.db, { email: "admin@example.fi", name: "Admin", password, nationalRole: "ADMIN" });
    await createUser(database.db, { email: "org@example.fi", name: "Org", password, memberships: [{ organisationKey: "porin-tukiyhdistys", role: "ORG_ADMIN" }] });
    admin = await viewerOf("admin@example.fi");
    orgAdmin = await viewerOf("org@example.fi");
    porin = (await database.db.organisation.findUniqueOrThrow({ where: { key: "porin-tukiyhdistys" } })).id;
    rauman = (await database.db.organisation.findUniqueOrThrow({ where: { key: "rauman-kohtaamo" } })).id;
  });
  afterAll(() => database?.drop());

  it("invites someone new with a one-time link that sets their password once", async () => {
    const { userId, token } = await invite(database.db, orgAdmin, { email: "Uusi@Example.fi", name: "Uusi", organisationId: porin, role: "EDITOR" }, here);
    expect(token).not.toBeNull();
    const user = await database.db.user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: true, accounts: true } });
    expect(user).toMatchObject({ email: "uusi@example.fi", memberships: [{ organisationId: porin, role: "EDITOR" }], accounts: [] });
    expect(await database.db.auditEntry.count({ where: { action: "invite", subjectId: userId, organisationId: porin } })).toBe(1);
    // Only a hash of the token is stored.
    expect(await database.db.verification.count({ where: { value: token ?? "" } })).toBe(0);

    expect(await readLinkToken(database.db, token ?? "")).toEqual({ userId, purpose: "invite" });
    await expect(setPasswordWithLink(database.db, token ?? "", password, "192.0.2.10")).resolves.toEqual({ email: "uusi@example.fi" });
    await expect(setPasswordWithLink(database.db, token ?? "", "toinen-salasana-123", "192.0.2.10")).rejects.toBeInstanceOf(InvalidLinkError);
    expect(await database.db.account.count({ where: { userId, providerId: "credential" } })).toBe(1);
    expect(await database.db.auditEntry.count({ where: { action: "invite-accepted", subjectId: userId } })).toBe(1);
  });

  it("gives a person who has an account the role, and no link", async () => {
    const { token } = await invite(database.db, admin, { email: "org@example.fi", name: "Org", organisationId: rauman, role: "PUBLISHER" }, here);
    expect(token).toBeNull();
    expect((await viewerOf("org@example.fi")).memberships.map((m) => [m.organisationKey, m.role]).sort()).toEqual([
      ["porin-tukiyhdistys", "ORG_ADMIN"],
      ["rauman-kohtaamo", "PUBLISHER"],
    ]);
  });

  it("refuses an org-admin outside their organisation and national roles, writing nothing", async () => {
    const before = await database.db.auditEntry.count();
    await expect(invite(database.db, orgAdmin, { email: "x@example.fi", name: "X", organisationId: rauman, role: "EDITOR" }, here)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(invite(database.db, orgAdmin, { email: "x@example.fi", name: "X", nationalRole: "ADMIN" }, here)).rejects.toBeInstanceOf(NotAllowedError);
    const uusi = await database.db.user.findUniqueOrThrow({ where: { email: "uusi@example.fi" } });
    await expect(changeRole(database.db, orgAdmin, { userId: uusi.id, organisationId: rauman, role: "EDITOR" }, here)).rejects.toBeInstanceOf(NotAllowedError);
    const org = await database.db.user.findUniqueOrThrow({ where: { email: "org@example.fi" } });
    // Org also publishes for another organisation: its org-admin there is not this one.
    await expect(deactivate(database.db, await viewerOf("org@example.fi"), org.id, here)).rejects.toBeInstanceOf(NotAllowedError);
    expect(await database.db.user.count({ where: { email: "x@example.fi" } })).toBe(0);
    expect(await database.db.auditEntry.count()).toBe(before);
  });

  it("changes a role and deactivates, ending the person's sessions", async () => {
    const uusi = await database.db.user.findUniqueOrThrow({ where: { email: "uusi@example.fi" } });
    await changeRole(database.db, orgAdmin, { userId: uusi.id, organisationId: porin, role: "PUBLISHER" }, here);
    expect((await viewerOf("uusi@example.fi")).memberships[0]?.role).toBe("PUBLISHER");
    await database.db.session.create({ data: { id: "s-uusi", token: "t-uusi", userId: uusi.id, expiresAt: new Date(Date.now() + 3600_000) } });
    await deactivate(database.db, orgAdmin, uusi.id, here);
    expect(await database.db.session.count({ where: { userId: uusi.id } })).toBe(0);
    expect(await readViewer(database.db, uusi.id)).toBeNull();
    expect(await database.db.auditEntry.count({ where: { action: { in: ["role-change", "deactivate"] }, subjectId: uusi.id } })).toBe(2);
  });

  it("keeps the last active administrator", async () => {
    await expect(setNationalRole(database.db, admin, { userId: admin.id, nationalRole: null }, here)).rejects.toBeInstanceOf(LastAdminError);
    await expect(deactivate(database.db, admin, admin.id, here)).rejects.toBeInstanceOf(LastAdminError);
    await createUser(database.db, { email: "admin2@example.fi", name: "Admin 2", password, nationalRole: "ADMIN" });
    await setNationalRole(database.db, admin, { userId: admin.id, nationalRole: "COORDINATOR" }, here);
    expect((await viewerOf("admin@example.fi")).nationalRole).toBe("COORDINATOR");
  });

  it("gives reset links to known active people only, three an hour, valid for an hour", async () => {
    expect(await requestReset(database.db, "nobody@example.fi", here)).toBeNull();
    expect(await requestReset(database.db, "uusi@example.fi", here)).toBeNull(); // deactivated
    for (let i = 0; i < 3; i++) expect(await requestReset(database.db, "org@example.fi", here)).not.toBeNull();
    expect(await requestReset(database.db, "org@example.fi", here)).toBeNull();

    const org = await database.db.user.findUniqueOrThrow({ where: { email: "org@example.fi" } });
    const stale = await database.db.$transaction((tx) => createLinkToken(tx, "reset", org.id, new Date(Date.now() - 2 * 3600_000)));
    expect(await readLinkToken(database.db, stale)).toBeNull();
    await expect(setPasswordWithLink(database.db, stale, password, "192.0.2.11")).rejects.toBeInstanceOf(InvalidLinkError);
  });
});
