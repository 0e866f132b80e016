"use server";
// Takes a translated XLIFF file into a model's draft (src/editorial/xliff.ts): at most 1 MB, the
// model's version as the form saw it; answers with the model's page and what happened.
import { redirect } from "next/navigation";
import { z } from "zod";
import { NotAllowedError } from "@/auth/people-admin";
import { currentViewer } from "@/auth/session";
import { locales, type Locale } from "@/domain/locale";
import { editorial } from "@/editorial/app";
import { StaleSaveError } from "@/editorial/models";
import { XliffImportError } from "@/editorial/xliff";
import { getPathname } from "@/i18n/navigation";

const maxBytes = 1024 * 1024;
const back = (locale: Locale, id: string, query: string) => `${getPathname({ href: { pathname: "/editorial/models/[id]", params: { id } }, locale })}?${query}#translations`;

export async function importTranslationAction(form: FormData): Promise<void> {
  const parsed = z.object({ locale: z.enum(locales), id: z.uuid(), baseVersion: z.coerce.number().int().min(0) }).safeParse(Object.fromEntries([...form].filter(([, v]) => typeof v === "string")));
  if (!parsed.success) return;
  const { locale, id, baseVersion } = parsed.data;
  const viewer = await currentViewer();
  if (!viewer) redirect(getPathname({ href: "/sign-in", locale }));
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0 || file.size > maxBytes) redirect(back(locale, id, "problem=xliff-unreadable"));
  try {
    await editorial.translations.import(viewer, { id, baseVersion }, await file.text());
  } catch (error) {
    if (error instanceof XliffImportError) redirect(back(locale, id, `problem=xliff-${error.reason}`));
    if (error instanceof StaleSaveError) redirect(back(locale, id, "problem=stale"));
    if (error instanceof NotAllowedError) redirect(back(locale, id, "problem=notAllowed"));
    throw error;
  }
  redirect(back(locale, id, "done=translation-imported"));
}
