"use server";
// Marks a publish made without a second reviewer checked. The service asks the permission
// map again for the model's organisations.
import { redirect } from "next/navigation";
import { z } from "zod";
import { NotAllowedError } from "@/auth/people-admin";
import { requireViewer } from "@/auth/session";
import { locales } from "@/domain/locale";
import { editorial } from "@/editorial/app";
import { getPathname } from "@/i18n/navigation";

const schema = z.object({ id: z.uuid(), locale: z.enum(locales) });

export async function markCheckedAction(form: FormData): Promise<void> {
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return;
  const { id, locale } = parsed.data;
  const viewer = await requireViewer(locale, "/editorial/unreviewed");
  try {
    await editorial.unreviewed.markChecked(viewer, id);
  } catch (error) {
    if (error instanceof NotAllowedError) return;
    throw error;
  }
  redirect(getPathname({ href: { pathname: "/editorial/unreviewed", query: { marked: id } }, locale }));
}
