// Managing people: inviting, changing roles, deactivating and reactivating, and password-reset
// links. Each function asks the permission map itself and writes its audit entry in the same
// transaction, so no caller (a server action, a script, a later API) can skip either.
import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import type { NationalRole, OrganisationRole } from "@/generated/prisma/enums";
import { audit } from "./audit";
import { createLinkToken } from "./one-time-links";
import { may, type Viewer } from "./permissions";

export class NotAllowedError extends Error {
  readonly code = "NOT_ALLOWED";
  constructor() {
    super("Your roles do not allow this.");
    this.name = "NotAllowedError";
  }
}

export class LastAdminError extends Error {
  readonly code = "LAST_ADMIN";
  constructor() {
    super("The last active administrator cannot be removed or deactivated.");
    this.name = "LastAdminError";
  }
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Where = { address: string };
const actorOf = (viewer: Viewer) => ({ id: viewer.id, email: viewer.email });

/** Refuses a change that would leave no active administrator. */
async function keepAnAdmin(tx: Tx, userId: string) {
  const others = await tx.user.count({ where: { nationalRole: "ADMIN", deactivatedAt: null, id: { not: userId } } });
  if (others === 0) throw new LastAdminError();
}

export type Invitation =
  | { email: string; name: string; organisationId: string; role: OrganisationRole }
  | { email: string; name: string; nationalRole: NationalRole };

/**
 * Invites a person. Someone new gets an account without a password and a link to set one (the
 * token is returned for the caller to send or show); someone who has an account already gets
 * the role, and no link.
 */
export async function invite(db: Db, viewer: Viewer, invitation: Invitation, { address }: Where): Promise<{ userId: string; token: string | null }> {
  const allowed =
    "nationalRole" in invitation
      ? may(viewer, "people.manage-national-roles")
      : may(viewer, "people.manage", { organisationIds: [invitation.organisationId] });
  if (!allowed) throw new NotAllowedError();
  const email = invitation.email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email } });
    const userId = existing?.id ?? randomUUID();
    if (!existing) await tx.user.create({ data: { id: userId, email, name: invitation.name } });
    if ("nationalRole" in invitation) await tx.user.update({ where: { id: userId }, data: { nationalRole: invitation.nationalRole } });
    else {
      const { organisationId, role } = invitation;
      await tx.membership.upsert({ where: { userId_organisationId: { userId, organisationId } }, create: { userId, organisationId, role }, update: { role } });
    }
    const role = "nationalRole" in invitation ? invitation.nationalRole : invitation.role;
    const organisationId = "organisationId" in invitation ? invitation.organisationId : null;
    await audit(tx, { action: existing ? "role-change" : "invite", actor: actorOf(viewer), organisationId, subject: { type: "user", id: userId }, address, details: { email, role } });
    return { userId, token: existing ? null : await createLinkToken(tx, "invite", userId) };
  });
}

/** Gives a person another role in an organisation, or (null) takes them out of it. */
export async function changeRole(db: Db, viewer: Viewer, change: { userId: string; organisationId: string; role: OrganisationRole | null }, { address }: Where) {
  if (!may(viewer, "people.manage", { organisationIds: [change.organisationId] })) throw new NotAllowedError();
  await db.$transaction(async (tx) => {
    const key = { userId_organisationId: { userId: change.userId, organisationId: change.organisationId } };
    if (change.role) await tx.membership.update({ where: key, data: { role: change.role } });
    else await tx.membership.delete({ where: key });
    await audit(tx, { action: "role-change", actor: actorOf(viewer), organisationId: change.organisationId, subject: { type: "user", id: change.userId }, address, details: { role: change.role } });
  });
}

/** Gives or takes a national role (admins only); the last admin keeps theirs. */
export async function setNationalRole(db: Db, viewer: Viewer, change: { userId: string; nationalRole: NationalRole | null }, { address }: Where) {
  if (!may(viewer, "people.manage-national-roles")) throw new NotAllowedError();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: change.userId } });
    if (user.nationalRole === "ADMIN" && change.nationalRole !== "ADMIN") await keepAnAdmin(tx, user.id);
    await tx.user.update({ where: { id: user.id }, data: { nationalRole: change.nationalRole } });
    await audit(tx, { action: "role-change", actor: actorOf(viewer), subject: { type: "user", id: user.id }, address, details: { nationalRole: change.nationalRole } });
  });
}

/**
 * Whether the viewer may act on this person's account as a whole (deactivate, reset a password
 * or a second factor): an admin anyone; an org-admin only someone who works in none but the
 * organisations they manage and has no national role (they would otherwise reach into another
 * organisation's work).
 */
export function mayManagePerson(viewer: Viewer, person: { nationalRole: NationalRole | null; memberships: { organisationId: string }[] }) {
  if (may(viewer, "people.manage-national-roles")) return true;
  if (person.nationalRole || person.memberships.length === 0) return false;
  return person.memberships.every((m) => may(viewer, "people.manage", { organisationIds: [m.organisationId] }));
}

/** Deactivates a person: they cannot sign in, and their sessions end now. */
export async function deactivate(db: Db, viewer: Viewer, userId: string, { address }: Where) {
  await db.$transaction(async (tx) => {
    const person = await tx.user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: true } });
    if (!mayManagePerson(viewer, person)) throw new NotAllowedError();
    if (person.nationalRole === "ADMIN") await keepAnAdmin(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { deactivatedAt: new Date() } });
    await tx.session.deleteMany({ where: { userId } });
    await audit(tx, { action: "deactivate", actor: actorOf(viewer), subject: { type: "user", id: userId }, address });
  });
}

export async function reactivate(db: Db, viewer: Viewer, userId: string, { address }: Where) {
  await db.$transaction(async (tx) => {
    const person = await tx.user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: true } });
    if (!mayManagePerson(viewer, person)) throw new NotAllowedError();
    await tx.user.update({ where: { id: userId }, data: { deactivatedAt: null } });
    await audit(tx, { action: "reactivate", actor: actorOf(viewer), subject: { type: "user", id: userId }, address });
  });
}

/** A password-reset link an admin passes on by hand (an installation without e-mail). */
export async function resetLinkFor(db: Db, viewer: Viewer, userId: string, { address }: Where): Promise<string> {
  return db.$transaction(async (tx) => {
    const person = await tx.user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: true } });
    if (!mayManagePerson(viewer, person)) throw new NotAllowedError();
    await audit(tx, { action: "password-reset-requested", actor: actorOf(viewer), subject: { type: "user", id: userId }, address });
    return createLinkToken(tx, "reset", userId);
  });
}

/**
 * A reader's own request for a reset link, by e-mail address. Returns the token to mail, or
 * null (unknown or deactivated address, or three links already in the last hour); the caller
 * answers the same either way, so the form does not tell who has an account.
 */
export async function requestReset(db: Db, email: string, { address }: Where): Promise<{ token: string; email: string } | null> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: email.trim().toLowerCase() } });
    if (!user || user.deactivatedAt) return null;
    const recent = await tx.auditEntry.count({
      where: { action: "password-reset-requested", subjectId: user.id, at: { gt: new Date(Date.now() - 3600_000) } },
    });
    if (recent >= 3) return null;
    await audit(tx, { action: "password-reset-requested", actor: null, subject: { type: "user", id: user.id }, address });
    return { token: await createLinkToken(tx, "reset", user.id), email: user.email };
  });
}
