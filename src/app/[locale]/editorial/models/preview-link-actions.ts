"use server";
// Preview links from a model's page: make one (its address is answered this once, to be copied)
// and revoke one. The service (src/editorial/preview-links.ts) checks the rights and audits.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { NotAllowedError } from "@/auth/people-admin";
import { currentViewer } from "@/auth/session";
import { locales } from "@/domain/locale";
import { editorial } from "@/editorial/app";
import { previewLinkRequest } from "@/editorial/preview-links";
import { getPathname } from "@/i18n/navigation";
import { absoluteUrl } from "@/public-url";

export type PreviewLinkFormState = { url: string | null; problem: "invalid" | "notAllowed" | null };

const target = z.object({ locale: z.enum(locales), id: z.uuid() });
const modelPath = (locale: (typeof locales)[number], id: string) => getPathname({ href: { pathname: "/editorial/models/[id]", params: { id } }, locale });

export async function createPreviewLinkAction(_state: PreviewLinkFormState, form: FormData): Promise<PreviewLinkFormState> {
  const parsed = target.extend(previewLinkRequest.shape).safeParse(Object.fromEntries(form));
  if (!parsed.success) return { url: null, problem: "invalid" };
  const { locale, id, label, days } = parsed.data;
  const viewer = await currentViewer();
  if (!viewer) return { url: null, problem: "notAllowed" };
  try {
    const link = await editorial.previewLinks.create(viewer, id, { label, days });
    revalidatePath(modelPath(locale, id));
    return { url: absoluteUrl(getPathname({ href: { pathname: "/preview/[token]", params: { token: link.token } }, locale })), problem: null };
  } catch (error) {
    if (error instanceof NotAllowedError) return { url: null, problem: "notAllowed" };
    throw error;
  }
}

export async function revokePreviewLinkAction(form: FormData): Promise<void> {
  const parsed = target.extend({ link: z.uuid() }).safeParse(Object.fromEntries(form));
  if (!parsed.success) return;
  const { locale, id, link } = parsed.data;
  const viewer = await currentViewer();
  if (!viewer) redirect(modelPath(locale, id));
  await editorial.previewLinks.revoke(viewer, id, link);
  redirect(`${modelPath(locale, id)}?done=preview-link-revoked`);
}
