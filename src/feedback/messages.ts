// Readers' feedback from the accessibility statement's form: storing a message (with the
// hourly limit per sender), listing them for the admins and marking one handled. The sender's
// address is never stored, only a keyed hash of it, enough to count their messages.
import { createHmac } from "node:crypto";
import type { Db } from "@/db/client";
import type { Locale } from "@/domain/locale";
import { NotAllowedError } from "@/auth/people-admin";
import { may, type Viewer } from "@/auth/permissions";

/** Messages one address may send in `limitWindowMs`. */
export const limitPerAddress = 5;
export const limitWindowMs = 60 * 60_000;
export const maxMessageLength = 4000;

export type NewFeedback = { locale: Locale; page: string; message: string; replyTo?: string };
export type SubmitResult = { stored: true; id: string } | { stored: false; reason: "too-many" };

export type FeedbackEntry = {
  id: string;
  createdAt: Date;
  locale: string;
  page: string;
  message: string;
  replyTo: string | null;
  handled: { at: Date; by: string } | null;
};

export function addressHash(address: string, secret: string): string {
  return createHmac("sha256", secret).update(address).digest("hex");
}

/** Stores the message unless its sender has reached the limit for the past hour. */
export async function submitFeedback(db: Db, feedback: NewFeedback, sender: { address: string; secret: string }, now = new Date()): Promise<SubmitResult> {
  const hash = addressHash(sender.address, sender.secret);
  const recent = await db.feedbackMessage.count({ where: { addressHash: hash, createdAt: { gt: new Date(now.getTime() - limitWindowMs) } } });
  if (recent >= limitPerAddress) return { stored: false, reason: "too-many" };
  const row = await db.feedbackMessage.create({
    data: { locale: feedback.locale, page: feedback.page, message: feedback.message, replyTo: feedback.replyTo ?? null, addressHash: hash, createdAt: now },
    select: { id: true },
  });
  return { stored: true, id: row.id };
}

function requireReader(viewer: Viewer) {
  if (!may(viewer, "feedback.read")) throw new NotAllowedError();
}

/** The newest messages first; the handled ones too, marked as such. */
export async function listFeedback(db: Db, viewer: Viewer, take = 200): Promise<FeedbackEntry[]> {
  requireReader(viewer);
  const rows = await db.feedbackMessage.findMany({ orderBy: { createdAt: "desc" }, take });
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    locale: r.locale,
    page: r.page,
    message: r.message,
    replyTo: r.replyTo,
    handled: r.handledAt ? { at: r.handledAt, by: r.handledBy ?? "" } : null,
  }));
}

export async function countOpenFeedback(db: Db, viewer: Viewer): Promise<number> {
  requireReader(viewer);
  return db.feedbackMessage.count({ where: { handledAt: null } });
}

/** Marks a message handled by the viewer; a message already handled keeps its first handler. */
export async function markFeedbackHandled(db: Db, viewer: Viewer, id: string, now = new Date()): Promise<void> {
  requireReader(viewer);
  await db.feedbackMessage.updateMany({ where: { id, handledAt: null }, data: { handledAt: now, handledById: viewer.id, handledBy: viewer.name } });
}
