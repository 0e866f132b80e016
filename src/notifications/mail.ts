// Mails notifications: one mail per notification for people who chose that (the default), a
// daily digest for those who chose it, nothing for those who said no. In the recipient's
// language (their setting; Finnish until they choose), as plain text plus simple HTML, with a
// link to the model in the working area. Each notification is claimed (mailedAt set, FOR UPDATE
// SKIP LOCKED) before it is sent, so with several instances it is mailed once; one that
// cannot be sent is logged and stays in the person's list.
import { createTranslator } from "next-intl";
import type { Mailer } from "@/auth/mail";
import type { Db } from "@/db/client";
import { isLocale, type Locale } from "@/domain/locale";
import type { Notification } from "@/generated/prisma/client";
import { routing } from "@/i18n/routing";
import { absoluteUrl } from "@/public-url";
import en from "../../messages/en.json";
import fi from "../../messages/fi.json";
import sv from "../../messages/sv.json";
import { notificationKinds, type NotificationKind } from "./notify";

const messages = { fi, sv, en };
const dayMs = 24 * 3600_000;
const perRound = 50;

const address = (locale: Locale, pathname: "/editorial/models/[id]" | "/editorial/notifications", id = "") =>
  absoluteUrl(`/${locale}${routing.pathnames[pathname][locale].replace("[id]", id)}`);

/** A model's name as its editors know it: the newest revision's, in `locale` or its source language. */
export async function modelName(db: Db, modelId: string | null, locale: Locale): Promise<string> {
  if (!modelId) return "";
  const model = await db.practiceModel.findUnique({
    where: { id: modelId },
    select: { slug: true, sourceLocale: true, headRevision: true, translations: { select: { locale: true, name: true } } },
  });
  if (!model) return "";
  const head = model.headRevision > 0
    ? await db.modelRevision.findUnique({ where: { modelId_number: { modelId, number: model.headRevision } }, select: { snapshot: true } })
    : null;
  const texts = (head?.snapshot as { texts?: Partial<Record<Locale, { name?: string }>> } | null)?.texts;
  return (
    texts?.[locale]?.name ||
    texts?.[model.sourceLocale]?.name ||
    model.translations.find((t) => t.locale === locale)?.name ||
    model.translations[0]?.name ||
    model.slug
  );
}

const kindOf = (kind: string): NotificationKind => notificationKinds.find((k) => k === kind) ?? "published";

/** What one notification says, in `locale`: the line of the list and the mail. */
export async function describe(db: Db, notification: Notification, locale: Locale): Promise<{ line: string; subject: string; link: string }> {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "Notifications" });
  const details = (notification.details ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof details[key] === "string" ? (details[key] as string) : "");
  const model = await modelName(db, notification.modelId, locale);
  const kind = kindOf(notification.kind);
  const language = isLocale(text("locale")) ? createTranslator({ locale, messages: messages[locale], namespace: "Languages" })(text("locale") as Locale) : "";
  const failure = text("failure");
  const scheduling = createTranslator({ locale, messages: messages[locale], namespace: "Scheduling" });
  const reason = failure && scheduling.has(`failures.${failure}` as "failures.error") ? scheduling(`failures.${failure}` as "failures.error") : "";
  const values = { actor: notification.actorName ?? "", model, note: text("note"), excerpt: text("excerpt"), language, reason };
  return {
    line: t(`kinds.${kind}`, values),
    subject: t(`subjects.${kind}`, values),
    link: notification.modelId ? address(locale, "/editorial/models/[id]", notification.modelId) : address(locale, "/editorial/notifications"),
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const paragraph = (text: string) => `<p>${escapeHtml(text).replaceAll("\n", "<br>")}</p>`;
const linkHtml = (href: string, label: string) => `<p><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></p>`;

/** The recipient's address and language; null for someone deactivated. */
async function recipient(db: Db, userId: string): Promise<{ email: string; locale: Locale } | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, deactivatedAt: true, notificationSetting: { select: { locale: true } } } });
  if (!user || user.deactivatedAt) return null;
  return { email: user.email, locale: user.notificationSetting?.locale ?? "fi" };
}

async function send(mailer: Mailer, mail: Parameters<Mailer["send"]>[0]) {
  try {
    await mailer.send(mail);
  } catch (error) {
    console.error(`could not mail a notification to ${mail.to}:`, error);
  }
}

/** Mails each waiting notification of the people who want one mail per event. */
async function mailEach(db: Db, mailer: Mailer, now: Date): Promise<number> {
  const claimed = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT n.id FROM "Notification" n
      LEFT JOIN "NotificationSetting" s ON s."userId" = n."userId"
      WHERE n."mailedAt" IS NULL AND COALESCE(s.mail, 'EACH') = 'EACH'
      ORDER BY n."createdAt"
      LIMIT ${perRound}
      FOR UPDATE OF n SKIP LOCKED`;
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return [];
    await tx.notification.updateMany({ where: { id: { in: ids } }, data: { mailedAt: now } });
    return tx.notification.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: "asc" } });
  });
  for (const notification of claimed) {
    const to = await recipient(db, notification.userId);
    if (!to) continue;
    const t = createTranslator({ locale: to.locale, messages: messages[to.locale], namespace: "Notifications" });
    const { line, subject, link } = await describe(db, notification, to.locale);
    const settings = address(to.locale, "/editorial/notifications");
    await send(mailer, {
      to: to.email,
      subject,
      text: `${line}\n\n${link}\n\n${t("mailFooter", { settings })}`,
      html: `${paragraph(line)}${linkHtml(link, t("open"))}${paragraph(t("mailFooter", { settings }))}`,
    });
  }
  return claimed.length;
}

/** Sends a digest to each person who chose one, has news, and had none in the last day. */
async function mailDigests(db: Db, mailer: Mailer, now: Date): Promise<number> {
  const digests = await db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ userId: string }[]>`
      SELECT s."userId" FROM "NotificationSetting" s
      WHERE s.mail = 'DIGEST'
        AND (s."lastDigestAt" IS NULL OR s."lastDigestAt" <= ${new Date(now.getTime() - dayMs).toISOString()}::timestamp(3))
        AND EXISTS (SELECT 1 FROM "Notification" n WHERE n."userId" = s."userId" AND n."mailedAt" IS NULL)
      LIMIT ${perRound}
      FOR UPDATE OF s SKIP LOCKED`;
    const result: { userId: string; notifications: Notification[] }[] = [];
    for (const { userId } of due) {
      const notifications = await tx.notification.findMany({ where: { userId, mailedAt: null }, orderBy: { createdAt: "asc" }, take: 200 });
      await tx.notification.updateMany({ where: { id: { in: notifications.map((n) => n.id) } }, data: { mailedAt: now } });
      await tx.notificationSetting.update({ where: { userId }, data: { lastDigestAt: now } });
      result.push({ userId, notifications });
    }
    return result;
  });
  for (const { userId, notifications } of digests) {
    const to = await recipient(db, userId);
    if (!to) continue;
    const t = createTranslator({ locale: to.locale, messages: messages[to.locale], namespace: "Notifications" });
    const items = await Promise.all(notifications.map((n) => describe(db, n, to.locale)));
    const settings = address(to.locale, "/editorial/notifications");
    await send(mailer, {
      to: to.email,
      subject: t("digestSubject", { count: items.length }),
      text: `${t("digestIntro")}\n\n${items.map((i) => `- ${i.line}\n  ${i.link}`).join("\n\n")}\n\n${t("mailFooter", { settings })}`,
      html: `${paragraph(t("digestIntro"))}<ul>${items.map((i) => `<li>${escapeHtml(i.line)} <a href="${escapeHtml(i.link)}">${escapeHtml(t("open"))}</a></li>`).join("")}</ul>${paragraph(t("mailFooter", { settings }))}`,
    });
  }
  return digests.length;
}

/** Mails what is waiting: called after each poll of the job runner (src/background.ts). */
export async function mailNotifications(db: Db, mailer: Mailer, now = new Date()): Promise<void> {
  if (!mailer.canSend) return;
  while ((await mailEach(db, mailer, now)) === perRound);
  await mailDigests(db, mailer, now);
}
