// Who hears of what happens in the working area. `notify` is called inside the transaction of
// the step that caused the event, so a notification exists exactly when the step does; it
// writes one Notification row per recipient, and ./mail.ts mails them afterwards.
//
//   event                      recipients
//   review-requested           the model's organisations' publishers
//   returned                   the authors of the draft round that was returned
//   published                  the authors of the published round
//   edited-by-other            the other authors of the current round (at most once an hour per model)
//   mentioned                  the people a remark names, if they may read the model's drafts
//   evaluation-awaits-comment  the model's organisations' people
//   translation-behind         the model's editors and publishers (once per lag)
//   schedule-failed            the publisher who scheduled the step
//
// Nobody is told of their own step.
import type { Prisma } from "@/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export const notificationKinds = [
  "review-requested",
  "returned",
  "published",
  "edited-by-other",
  "mentioned",
  "evaluation-awaits-comment",
  "translation-behind",
  "schedule-failed",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

type Actor = { id: string; name: string };

export type NotificationEvent =
  | { kind: "review-requested" | "published" | "edited-by-other"; modelId: string; actor: Actor }
  | { kind: "returned"; modelId: string; actor: Actor; note: string }
  | { kind: "mentioned"; modelId: string; actor: Actor; userIds: string[]; excerpt: string }
  | { kind: "evaluation-awaits-comment"; modelId: string; actor: Actor; evaluationId: string }
  | { kind: "translation-behind"; modelId: string; locale: string; sinceRevision: number }
  | { kind: "schedule-failed"; modelId: string; userId: string; failure: string };

const hourMs = 3600_000;

/** The model's organisations' active people with one of `roles` (all roles when absent). */
async function organisationPeople(tx: Tx, modelId: string, roles?: ("EDITOR" | "PUBLISHER" | "ORG_ADMIN")[]): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: {
      organisation: { developed: { some: { modelId } } },
      ...(roles ? { role: { in: roles } } : {}),
      user: { deactivatedAt: null },
    },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}

/**
 * The authors of the model's current round: every revision since the last published one
 * (`skipNewest`: the newest revision is the step itself, a publish, not part of the round).
 */
async function roundAuthors(tx: Tx, modelId: string, skipNewest: boolean): Promise<string[]> {
  const revisions = await tx.modelRevision.findMany({ where: { modelId }, orderBy: { number: "desc" }, select: { authorId: true, state: true }, take: 200 });
  const authors = new Set<string>();
  for (const revision of revisions.slice(skipNewest ? 1 : 0)) {
    if (revision.state === "PUBLISHED") break;
    if (revision.authorId) authors.add(revision.authorId);
  }
  return [...authors];
}

/** Who may read the model's drafts: its organisations' people and the national roles. */
async function draftReaders(tx: Tx, modelId: string, userIds: string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const members = new Set(await organisationPeople(tx, modelId));
  const national = await tx.user.findMany({ where: { id: { in: userIds }, nationalRole: { not: null }, deactivatedAt: null }, select: { id: true } });
  for (const n of national) members.add(n.id);
  return userIds.filter((id) => members.has(id));
}

async function recipients(tx: Tx, event: NotificationEvent): Promise<string[]> {
  switch (event.kind) {
    case "review-requested":
      return organisationPeople(tx, event.modelId, ["PUBLISHER"]);
    case "returned":
      return roundAuthors(tx, event.modelId, true);
    case "published":
      return roundAuthors(tx, event.modelId, true);
    case "edited-by-other": {
      const others = await roundAuthors(tx, event.modelId, true);
      // At most one an hour per model: a day of saving is not a day of mails.
      const recent = await tx.notification.findMany({
        where: { kind: "edited-by-other", modelId: event.modelId, userId: { in: others }, createdAt: { gte: new Date(Date.now() - hourMs) } },
        select: { userId: true },
      });
      const told = new Set(recent.map((r) => r.userId));
      return others.filter((id) => !told.has(id));
    }
    case "mentioned":
      return draftReaders(tx, event.modelId, event.userIds);
    case "evaluation-awaits-comment":
      return organisationPeople(tx, event.modelId);
    case "translation-behind":
      return organisationPeople(tx, event.modelId, ["EDITOR", "PUBLISHER"]);
    case "schedule-failed":
      return [event.userId];
  }
}

function detailsOf(event: NotificationEvent): Prisma.InputJsonValue {
  switch (event.kind) {
    case "returned":
      return { note: event.note };
    case "mentioned":
      return { excerpt: event.excerpt };
    case "evaluation-awaits-comment":
      return { evaluationId: event.evaluationId };
    case "translation-behind":
      return { locale: event.locale, sinceRevision: event.sinceRevision };
    case "schedule-failed":
      return { failure: event.failure };
    default:
      return {};
  }
}

/** Writes the event's notifications; returns how many people were told. */
export async function notify(tx: Tx, event: NotificationEvent): Promise<number> {
  const actor = "actor" in event ? event.actor : null;
  const users = [...new Set(await recipients(tx, event))].filter((id) => id !== actor?.id);
  if (users.length === 0) return 0;
  const details = detailsOf(event);
  await tx.notification.createMany({
    data: users.map((userId) => ({ userId, kind: event.kind, modelId: event.modelId, actorName: actor?.name ?? null, details })),
  });
  return users.length;
}
