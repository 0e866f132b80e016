"use server";
// Asks for a password reset link by e-mail. The answer is the same whether the address has an
// account or not, so the form cannot be used to find out who has one.
import { z } from "zod";
import { accountLinks } from "@/auth/account-links";
import { requestAddress } from "@/auth/request-address";
import { locales } from "@/domain/locale";

const schema = z.object({ email: z.email().max(254), locale: z.enum(locales) });

export type ForgotState = { sent: boolean; invalid: boolean };

export async function requestResetAction(_state: ForgotState, form: FormData): Promise<ForgotState> {
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { sent: false, invalid: true };
  await accountLinks.requestReset(parsed.data.email, parsed.data.locale, await requestAddress());
  return { sent: true, invalid: false };
}
