"use server";
// Sets a password through a one-time link (an invitation or a reset), then sends the person
// to sign in with it.
import { redirect } from "next/navigation";
import { z } from "zod";
import { accountLinks } from "@/auth/account-links";
import { InvalidLinkError } from "@/auth/one-time-links";
import { requestAddress } from "@/auth/request-address";
import { locales } from "@/domain/locale";
import { getPathname } from "@/i18n/navigation";

const schema = z.object({
  token: z.string().min(20).max(200),
  locale: z.enum(locales),
  password: z.string().max(256),
  confirm: z.string().max(256),
});

export type SetPasswordState = { error: "tooShort" | "mismatch" | "invalid" | null };

export async function setPasswordAction(_state: SetPasswordState, form: FormData): Promise<SetPasswordState> {
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: "invalid" };
  const { token, locale, password, confirm } = parsed.data;
  if (password.length < 12) return { error: "tooShort" };
  if (password !== confirm) return { error: "mismatch" };
  try {
    await accountLinks.setPassword(token, password, await requestAddress());
  } catch (error) {
    if (error instanceof InvalidLinkError) return { error: "invalid" };
    throw error;
  }
  redirect(getPathname({ href: { pathname: "/sign-in", query: { passwordSet: "1" } }, locale }));
}
