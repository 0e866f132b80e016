"use server";
// Changing one's own password: the current one, then the new one twice.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { accountSecurity } from "@/auth/app";
import { requestAddress } from "@/auth/request-address";
import { currentViewer } from "@/auth/session";
import { locales } from "@/domain/locale";
import { getPathname } from "@/i18n/navigation";

export type PasswordState = { error: "wrongCurrent" | "tooShort" | "mismatch" | null };

const schema = z.object({ current: z.string().min(1).max(256), password: z.string().max(256), confirm: z.string().max(256), locale: z.enum(locales) });

export async function changePasswordAction(_state: PasswordState, form: FormData): Promise<PasswordState> {
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: "wrongCurrent" };
  const { current, password, confirm, locale } = parsed.data;
  if (password.length < 12) return { error: "tooShort" };
  if (password !== confirm) return { error: "mismatch" };
  const viewer = await currentViewer();
  const changed = viewer && (await accountSecurity.changePassword(viewer, await headers(), { current, next: password }, await requestAddress()));
  if (!changed) return { error: "wrongCurrent" };
  // The session is made anew with the change; the page says it was done.
  redirect(getPathname({ href: { pathname: "/editorial/password", query: { changed: "1" } }, locale }));
}
