// A person's own notifications in the working area: the list with unread ones marked, marking
// read, and how they want them mailed. Everyone sees and changes only their own.
import type { Db } from "@/db/client";
import type { Locale } from "@/domain/locale";
import type { MailChoice } from "@/generated/prisma/enums";
import { describe } from "./mail";

export type InboxEntry = { id: string; kind: string; line: string; link: string; createdAt: Date; read: boolean };

export async function readInbox(db: Db, userId: string, locale: Locale): Promise<InboxEntry[]> {
  const rows = await db.notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 100 });
  return Promise.all(
    rows.map(async (n) => {
      const { line, link } = await describe(db, n, locale);
      return { id: n.id, kind: n.kind, line, link, createdAt: n.createdAt, read: n.readAt !== null };
    }),
  );
}

export const countUnread = (db: Db, userId: string) => db.notification.count({ where: { userId, readAt: null } });

/** Marks one of the person's notifications read, or all of them (`id` absent). */
export async function markRead(db: Db, userId: string, id?: string) {
  await db.notification.updateMany({ where: { userId, readAt: null, ...(id ? { id } : {}) }, data: { readAt: new Date() } });
}

export type MailSetting = { mail: MailChoice; locale: Locale };

export async function readMailSetting(db: Db, userId: string): Promise<MailSetting> {
  const setting = await db.notificationSetting.findUnique({ where: { userId } });
  return { mail: setting?.mail ?? "EACH", locale: setting?.locale ?? "fi" };
}

export async function saveMailSetting(db: Db, userId: string, setting: MailSetting) {
  await db.notificationSetting.upsert({ where: { userId }, create: { userId, ...setting }, update: setting });
}
