// The audit log: what happened, by whom, from where. Every change that is audited calls
// `audit` inside its own transaction, so the entry exists exactly when the change does. The
// database refuses to alter or delete entries (trigger in the migration "accounts").
import type { Prisma } from "@/generated/prisma/client";

/** Something that writes: the client or a transaction. */
type Writer = Pick<Prisma.TransactionClient, "auditEntry">;

export const auditActions = [
  "sign-in",
  "sign-in-failed",
  "sign-in-throttled",
  "sign-out",
  "user-created",
  "invite",
  "invite-accepted",
  "password-reset-requested",
  "password-reset",
  "password-changed",
  "role-change",
  "reactivate",
  "pseudonymise",
  "deactivate",
  "second-factor-enabled",
  "second-factor-reset",
  "database-restored",
  "model-created",
  "model-submitted",
  "model-returned",
  "model-published",
  "model-unpublished",
  "model-archived",
  "model-restored",
  "model-transferred",
  "revision-purged",
  "evaluation-created",
  "evaluation-published",
  "evaluation-withdrawn",
  "link-fixed",
  "document-purged",
  "schedule-set",
  "schedule-cancelled",
  "schedule-failed",
  "preview-link-created",
  "preview-link-revoked",
] as const;
export type AuditAction = (typeof auditActions)[number];

export type AuditEvent = {
  action: AuditAction;
  /** Who did it: a viewer or a user passes as it is; only the id and email are written. */
  actor?: { id: string; email: string } | null;
  organisationId?: string | null;
  subject?: { type: "user" | "model" | "evaluation" | "document"; id: string } | null;
  address?: string | null;
  details?: Prisma.InputJsonValue;
};

export async function audit(db: Writer, event: AuditEvent): Promise<void> {
  await db.auditEntry.create({
    data: {
      action: event.action,
      actorId: event.actor?.id ?? null,
      actorEmail: event.actor?.email ?? null,
      organisationId: event.organisationId ?? null,
      subjectType: event.subject?.type ?? null,
      subjectId: event.subject?.id ?? null,
      address: event.address ?? null,
      details: event.details,
    },
  });
}
