"use server";
// The person's own notifications: mark read, and the mail setting. Only ever their own: the
// services take the signed-in person's id, never one from the form.
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireViewer } from "@/auth/session";
import { locales } from "@/domain/locale";
import { getPathname } from "@/i18n/navigation";
import { notifications } from "@/notifications/app";

const localeSchema = z.enum(locales);
const back = (locale: (typeof locales)[number], done: string) => getPathname({ href: { pathname: "/editorial/notifications", query: { done } }, locale });

export async function markReadAction(form: FormData): Promise<void> {
  const parsed = z.object({ locale: localeSchema, id: z.uuid().optional() }).safeParse(Object.fromEntries(form));
  if (!parsed.success) return;
  const viewer = await requireViewer(parsed.data.locale, "/editorial/notifications");
  await notifications.markRead(viewer, parsed.data.id);
  redirect(back(parsed.data.locale, "read"));
}

export async function saveSettingAction(form: FormData): Promise<void> {
  const parsed = z.object({ locale: localeSchema, mail: z.enum(["EACH", "DIGEST", "OFF"]), mailLocale: localeSchema }).safeParse(Object.fromEntries(form));
  if (!parsed.success) return;
  const viewer = await requireViewer(parsed.data.locale, "/editorial/notifications");
  await notifications.saveSetting(viewer, { mail: parsed.data.mail, locale: parsed.data.mailLocale });
  redirect(back(parsed.data.locale, "saved"));
}
