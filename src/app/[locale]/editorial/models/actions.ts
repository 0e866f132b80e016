"use server";
// The working area's model actions. Each reads the session anew, parses its form with zod and
// leaves the permission checks, the version comparison and the audit entry to the service
// (src/editorial/models.ts). Success redirects to the model's page with what was done;
// a failed save answers with everything typed, so nothing is lost.
import { redirect } from "next/navigation";
import { z } from "zod";
import { NotAllowedError } from "@/auth/people-admin";
import { currentViewer } from "@/auth/session";
import { locales, type Locale } from "@/domain/locale";
import { sectionKeys } from "@/domain/model";
import { editorial } from "@/editorial/app";
import { textFields } from "@/editorial/changes";
import { fieldOf, readModelForm, suggestSlug, type ModelDocument } from "@/editorial/form";
import { InvalidDocumentError, StaleSaveError, WrongStateError } from "@/editorial/models";
import { getPathname } from "@/i18n/navigation";
import { emptyModelFormState, type ModelFormState } from "./form-state";

const localeSchema = z.enum(locales);

const posted = (form: FormData) => {
  const values: Record<string, string[]> = {};
  for (const [k, v] of form) if (typeof v === "string" && !k.startsWith("$")) (values[k] ??= []).push(v);
  return values;
};

const modelAddress = (locale: Locale, id: string, query: string) =>
  `${getPathname({ href: { pathname: "/editorial/models/[id]", params: { id } }, locale })}?${query}`;

/** The fields whose text differs between the editor's document and the one saved meanwhile. */
function conflictingFields(mine: ModelDocument, theirs: ModelDocument) {
  const fields: { field: string; theirs: string }[] = [];
  for (const locale of locales) {
    const a = mine.texts[locale] ? textFields(mine.texts[locale]) : {};
    const b = theirs.texts[locale] ? textFields(theirs.texts[locale]) : {};
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (key === "evaluations" || key === "coverImageAlt") continue;
      if ((a[key] ?? "") !== (b[key] ?? "")) fields.push({ field: `${locale}.${key}`, theirs: b[key] ?? "" });
    }
  }
  if (mine.slug !== theirs.slug) fields.push({ field: "slug", theirs: theirs.slug });
  if (JSON.stringify(mine.facts) !== JSON.stringify(theirs.facts)) fields.push({ field: "facts", theirs: JSON.stringify(theirs.facts, null, 1) });
  return fields;
}

/** Saves the form as a draft, or saves and sends it for review ("intent" = "submit"). */
export async function saveModelAction(_state: ModelFormState, form: FormData): Promise<ModelFormState> {
  const locale = localeSchema.catch("fi").parse(form.get("locale"));
  const intent = z.enum(["save", "submit"]).catch("save").parse(form.get("intent"));
  const values = posted(form);
  const viewer = await currentViewer();
  if (!viewer) return { ...emptyModelFormState, error: "signedOut", values };
  const id = z.uuid().optional().catch(undefined).parse(form.get("id") || undefined);
  let done = "saved";
  let modelId: string;
  try {
    const base = id ? await editorial.open(viewer, id) : null;
    const { document, baseVersion, sourceLocale, note } = readModelForm(form, base?.document ?? null);
    if (!document.slug) document.slug = suggestSlug(document.texts[sourceLocale]?.name ?? "");
    if (id) {
      const saved = await editorial.save(viewer, { id, baseVersion }, document, note || undefined);
      if (intent === "submit") {
        await editorial.submit(viewer, { id, baseVersion: saved.version });
        done = "submitted";
      }
      modelId = id;
    } else {
      modelId = await editorial.create(viewer, document, sourceLocale, note || undefined);
      done = "created";
    }
  } catch (error) {
    if (error instanceof StaleSaveError) {
      const mine = readModelForm(form, error.current.document).document;
      return { ...emptyModelFormState, error: "stale", values, conflict: { version: error.current.version, fields: conflictingFields(mine, error.current.document) } };
    }
    if (error instanceof InvalidDocumentError) {
      return { ...emptyModelFormState, error: "invalid", values, issues: error.issues.map((i) => ({ field: fieldOf(i), message: i.message, code: i.code })) };
    }
    if (error instanceof NotAllowedError) return { ...emptyModelFormState, error: "notAllowed", values };
    if (error instanceof WrongStateError) return { ...emptyModelFormState, error: "invalid", values, issues: [{ field: "intent", message: "wrongState" }] };
    throw error;
  }
  redirect(modelAddress(locale, modelId, `done=${done}`));
}

const stepSchema = z.object({
  locale: localeSchema,
  id: z.uuid(),
  baseVersion: z.coerce.number().int().min(1),
  step: z.enum(["return", "publish", "unpublish", "archive", "restore", "submit", "transfer"]),
  note: z.string().trim().max(2_000).default(""),
  revision: z.coerce.number().int().min(1).optional(),
  "changeNote.fi": z.string().trim().max(2_000).default(""),
  "changeNote.sv": z.string().trim().max(2_000).default(""),
  "changeNote.en": z.string().trim().max(2_000).default(""),
  minor: z.literal("on").optional(),
});

const purgeSchema = z.object({
  locale: localeSchema,
  id: z.uuid(),
  revision: z.coerce.number().int().min(1),
  reason: z.string().trim().min(1).max(1_000),
  part: z.union([z.literal("all"), z.templateLiteral([z.enum(locales), ".sections.", z.enum(sectionKeys)])]).default("all"),
});

/** An admin removes a revision's text, or one section of it, from the history. */
export async function purgeAction(form: FormData): Promise<void> {
  const parsed = purgeSchema.safeParse(Object.fromEntries([...form].filter(([k, v]) => typeof v === "string" && v !== "" && !k.startsWith("$"))));
  const locale = localeSchema.catch("fi").parse(form.get("locale"));
  const id = z.uuid().catch("").parse(form.get("id"));
  const history = `${getPathname({ href: { pathname: "/editorial/models/[id]/history", params: { id } }, locale })}`;
  if (!parsed.success) redirect(`${history}?problem=invalid`);
  const viewer = await currentViewer();
  if (!viewer) redirect(getPathname({ href: "/sign-in", locale }));
  const { revision, reason, part } = parsed.data;
  const [language, , section] = part === "all" ? [] : part.split(".");
  try {
    await editorial.purge(viewer, id, { number: revision, reason, locale: localeSchema.optional().parse(language), section });
  } catch (error) {
    if (error instanceof NotAllowedError) redirect(`${history}?problem=notAllowed`);
    if (error instanceof WrongStateError) redirect(`${history}?problem=wrongState`);
    throw error;
  }
  redirect(`${history}?done=purged`);
}

/** The workflow's steps other than saving: each answers by redirecting back with what happened. */
export async function workflowAction(form: FormData): Promise<void> {
  const parsed = stepSchema.safeParse(Object.fromEntries([...form].filter(([k, v]) => typeof v === "string" && v !== "" && !k.startsWith("$"))));
  if (!parsed.success) redirect(modelAddress(localeSchema.catch("fi").parse(form.get("locale")), String(form.get("id")), "problem=invalid"));
  const { locale, id, baseVersion, step, note, revision, minor } = parsed.data;
  const viewer = await currentViewer();
  if (!viewer) redirect(getPathname({ href: "/sign-in", locale }));
  const at = { id, baseVersion };
  let outcome: string;
  try {
    if (step === "submit") await editorial.submit(viewer, at);
    else if (step === "return") {
      if (!note) redirect(modelAddress(locale, id, "problem=noteMissing"));
      await editorial.returnToDraft(viewer, at, note);
    } else if (step === "publish") {
      const chosen = locales.filter((l) => form.get(`publish.${l}`) === "on");
      const changeNotes = minor ? null : Object.fromEntries(chosen.map((l) => [l, parsed.data[`changeNote.${l}`]]));
      if (changeNotes && chosen.some((l) => !changeNotes[l])) redirect(modelAddress(locale, id, "problem=changeNoteMissing"));
      await editorial.publish(viewer, at, { locales: chosen, changeNotes });
    } else if (step === "unpublish" || step === "archive") await editorial.withdraw(viewer, at, step === "archive" ? "ARCHIVED" : "DRAFT", note || undefined);
    else if (step === "restore") {
      if (!revision) redirect(modelAddress(locale, id, "problem=invalid"));
      await editorial.restore(viewer, at, revision);
    }
    else if (step === "transfer") {
      const keys = z.array(z.string().trim().min(1).max(200)).min(1).max(20).safeParse(form.getAll("organisations"));
      if (!keys.success) redirect(modelAddress(locale, id, "problem=invalid"));
      await editorial.transfer(viewer, at, keys.data);
    }
    outcome = `done=${step}`;
  } catch (error) {
    if (error instanceof StaleSaveError) outcome = "problem=stale";
    else if (error instanceof InvalidDocumentError) {
      outcome = error.issues.some((i) => i.message === "publishSourceFirst") ? "problem=publishSourceFirst" : "problem=invalid";
    }
    else if (error instanceof WrongStateError) outcome = "problem=wrongState";
    else if (error instanceof NotAllowedError) outcome = "problem=notAllowed";
    else throw error;
  }
  redirect(modelAddress(locale, id, outcome));
}
