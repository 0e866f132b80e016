"use server";
// The review discussion's actions on a model's page: a remark or a reply, and resolving or
// reopening a thread. The service (src/editorial/discussion.ts) checks the rights; each
// answers with the model's page and what was done, at the thread.
import { redirect } from "next/navigation";
import { z } from "zod";
import { NotAllowedError } from "@/auth/people-admin";
import { currentViewer } from "@/auth/session";
import { locales, type Locale } from "@/domain/locale";
import { editorial } from "@/editorial/app";
import { ReplyToReplyError } from "@/editorial/discussion";
import { getPathname } from "@/i18n/navigation";

const place = z.object({ locale: z.enum(locales), id: z.uuid() });
const back = (locale: Locale, id: string, query: string, anchor = "discussion") =>
  `${getPathname({ href: { pathname: "/editorial/models/[id]", params: { id } }, locale })}?${query}#${anchor}`;

export async function remarkAction(form: FormData): Promise<void> {
  const at = place.safeParse(Object.fromEntries(form));
  if (!at.success) return;
  const { locale, id } = at.data;
  // "about" is "" for the whole draft, or "<language>:<field>".
  const [language, field] = String(form.get("about") ?? "").split(":");
  const parentId = form.get("parentId") || undefined;
  const viewer = await currentViewer();
  if (!viewer) redirect(getPathname({ href: "/sign-in", locale }));
  let threadId: string;
  try {
    const remark = { body: String(form.get("body") ?? ""), ...(language && field ? { locale: language, field } : {}), ...(parentId ? { parentId: String(parentId) } : {}) };
    const added = await editorial.discussion.remark(viewer, id, remark as Parameters<typeof editorial.discussion.remark>[2]);
    threadId = parentId ? String(parentId) : added;
  } catch (error) {
    if (error instanceof z.ZodError) redirect(back(locale, id, "problem=commentEmpty"));
    if (error instanceof NotAllowedError || error instanceof ReplyToReplyError) redirect(back(locale, id, "problem=notAllowed"));
    throw error;
  }
  redirect(back(locale, id, "done=commented", `thread-${threadId}`));
}

export async function resolveAction(form: FormData): Promise<void> {
  const parsed = place.extend({ thread: z.uuid(), resolved: z.enum(["yes", "no"]) }).safeParse(Object.fromEntries(form));
  if (!parsed.success) return;
  const { locale, id, thread, resolved } = parsed.data;
  const viewer = await currentViewer();
  if (!viewer) redirect(getPathname({ href: "/sign-in", locale }));
  try {
    await editorial.discussion.resolve(viewer, id, thread, resolved === "yes");
  } catch (error) {
    if (error instanceof NotAllowedError) redirect(back(locale, id, "problem=notAllowed"));
    throw error;
  }
  redirect(back(locale, id, `done=${resolved === "yes" ? "resolved" : "reopened"}`, `thread-${thread}`));
}
