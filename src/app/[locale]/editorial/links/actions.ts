"use server";
// Fixes a broken link everywhere it is used. The form is parsed with zod here, and again where
// the fix is written (src/links/fix.ts, which also asks the permission map and writes the audit
// entry). A refused address is answered beside its field; every other outcome returns to the
// list with its message at #outcome.
import { redirect } from "next/navigation";
import { z } from "zod";
import { NotAllowedError } from "@/auth/people-admin";
import { currentViewer } from "@/auth/session";
import { locales, type Locale } from "@/domain/locale";
import { getPathname } from "@/i18n/navigation";
import { links } from "@/links/app";
import { LinkFixError, webAddressSchema } from "@/links/fix";
import type { FixLinkState } from "./fix-state";

const formSchema = z.object({ locale: z.enum(locales), from: z.string().min(1).max(2_000), to: z.string().max(2_000) });

const listAddress = (locale: Locale, query: Record<string, string>) => `${getPathname({ href: { pathname: "/editorial/links", query }, locale })}#outcome`;

export async function fixLinkAction(_state: FixLinkState, form: FormData): Promise<FixLinkState> {
  const locale = z.enum(locales).catch("fi").parse(form.get("locale"));
  const parsed = formSchema.safeParse({ locale: form.get("locale"), from: form.get("from"), to: form.get("to") });
  if (!parsed.success) redirect(getPathname({ href: "/editorial/links", locale }));
  const { from, to } = parsed.data;
  const address = webAddressSchema.safeParse(to);
  if (!address.success) return { problem: "invalidAddress", value: to };
  if (address.data === from) return { problem: "sameAddress", value: to };
  const viewer = await currentViewer();
  if (!viewer) redirect(getPathname({ href: "/sign-in", locale }));
  let outcome: Record<string, string>;
  try {
    const fixed = await links.fix(viewer, from, address.data);
    outcome = { done: "fixed", count: String(fixed.total) };
  } catch (error) {
    if (error instanceof LinkFixError && error.code !== "notInUse") return { problem: error.code, value: to };
    if (error instanceof LinkFixError) outcome = { problem: "notInUse" };
    else if (error instanceof NotAllowedError) outcome = { problem: "notAllowed" };
    else throw error;
  }
  redirect(listAddress(locale, outcome));
}
