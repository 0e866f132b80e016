"use server";
// Marks a reader's message handled. The permission is asked here and again in the service; a
// session that ended meanwhile leads to sign-in and back to this page.
import { redirect } from "next/navigation";
import { z } from "zod";
import { may } from "@/auth/permissions";
import { requireViewer } from "@/auth/session";
import { locales } from "@/domain/locale";
import { feedback } from "@/feedback/app";
import { getPathname } from "@/i18n/navigation";

const schema = z.object({ id: z.uuid(), locale: z.enum(locales) });

export async function markHandledAction(form: FormData): Promise<void> {
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return;
  const { id, locale } = parsed.data;
  const viewer = await requireViewer(locale, "/editorial/feedback");
  if (!may(viewer, "feedback.read")) return;
  await feedback.markHandled(viewer, id);
  redirect(getPathname({ href: { pathname: "/editorial/feedback", query: { marked: id } }, locale }));
}
