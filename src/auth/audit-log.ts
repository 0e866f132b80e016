// Reading the audit log: newest first, filtered by user, organisation and action, a page at a
// time (by id, so paging stays fast however long the log grows).
import { z } from "zod";
import type { Db } from "@/db/client";
import { auditActions } from "./audit";

export const auditFilterSchema = z.object({
  user: z.string().trim().max(254).optional().catch(undefined),
  organisation: z.string().regex(/^[a-z0-9-]{1,100}$/).optional().catch(undefined),
  action: z.enum(auditActions).optional().catch(undefined),
  /** Entries older than this id (the next page). */
  before: z.string().regex(/^\d{1,18}$/).optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export type AuditLogEntry = {
  id: string;
  at: Date;
  action: (typeof auditActions)[number] | string;
  actorEmail: string | null;
  address: string | null;
  details: unknown;
};

export async function readAuditLog(db: Db, filter: AuditFilter, pageSize = 50): Promise<{ entries: AuditLogEntry[]; olderThan: string | null }> {
  const organisation = filter.organisation
    ? await db.organisation.findUnique({ where: { key: filter.organisation }, select: { id: true, memberships: { select: { userId: true } } } })
    : undefined;
  if (organisation === null) return { entries: [], olderThan: null };
  const rows = await db.auditEntry.findMany({
    where: {
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.user ? { actorEmail: filter.user.toLowerCase() } : {}),
      ...(filter.before ? { id: { lt: BigInt(filter.before) } } : {}),
      // An organisation's events: those about it, and what its people did.
      ...(organisation ? { OR: [{ organisationId: organisation.id }, { actorId: { in: organisation.memberships.map((m) => m.userId) } }] } : {}),
    },
    orderBy: { id: "desc" },
    take: pageSize + 1,
  });
  const entries = rows.slice(0, pageSize).map((r) => ({
    id: String(r.id),
    at: r.at,
    action: r.action,
    actorEmail: r.actorEmail,
    address: r.address,
    details: r.details,
  }));
  return { entries, olderThan: rows.length > pageSize ? (entries.at(-1)?.id ?? null) : null };
}
