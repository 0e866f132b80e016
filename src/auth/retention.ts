// What the audit log keeps, and for how long: addresses go after the retention period (a
// scheduled purge, src/background.ts); a departed person's name and e-mail are replaced by a
// pseudonym on request, everywhere, while the entries themselves stay. The database trigger on
// AuditEntry allows exactly these two changes.
import { createHash } from "node:crypto";
import type { Db } from "@/db/client";
import { audit } from "./audit";
import { NotAllowedError } from "./people-admin";
import { may, type Viewer } from "./permissions";

/** Clears the addresses of entries older than `months`; returns how many. */
export async function purgeAddresses(db: Db, months: number, now = new Date()): Promise<number> {
  const before = new Date(now);
  before.setMonth(before.getMonth() - months);
  const [entries, sessions] = await db.$transaction([
    db.auditEntry.updateMany({ where: { at: { lt: before }, address: { not: null } }, data: { address: null } }),
    db.session.updateMany({ where: { createdAt: { lt: before }, ipAddress: { not: null } }, data: { ipAddress: null } }),
  ]);
  return entries.count + sessions.count;
}

/** A pseudonym that stays the same for one person and says nothing about them. */
export function pseudonymOf(userId: string): string {
  return `poistunut-${createHash("sha256").update(userId).digest("hex").slice(0, 10)}@invalid`;
}

/** Replaces a deactivated person's name and e-mail with a pseudonym (admins only). */
export async function pseudonymise(db: Db, viewer: Viewer, userId: string, address: string): Promise<string> {
  if (!may(viewer, "people.manage-national-roles")) throw new NotAllowedError();
  const pseudonym = pseudonymOf(userId);
  await db.$transaction(async (tx) => {
    const person = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    if (!person.deactivatedAt) throw new NotAllowedError();
    await tx.user.update({ where: { id: userId }, data: { name: pseudonym, email: pseudonym } });
    await tx.auditEntry.updateMany({ where: { actorId: userId }, data: { actorEmail: pseudonym } });
    await audit(tx, { action: "pseudonymise", actor: { id: viewer.id, email: viewer.email }, subject: { type: "user", id: userId }, address });
  });
  return pseudonym;
}
