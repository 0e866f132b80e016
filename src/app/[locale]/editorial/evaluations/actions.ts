"use server";
// The working area's evaluation actions. Each reads the session anew, parses its form with zod
// and leaves permissions, the revision comparison and the audit entry to the service
// (src/editorial/evaluations.ts). A failed save answers with everything typed.
import { redirect } from "next/navigation";
import { z } from "zod";
import { NotAllowedError } from "@/auth/people-admin";
import { currentViewer } from "@/auth/session";
import { fieldOf } from "@/editorial/form";
import { locales, type Locale } from "@/domain/locale";
import { editorial } from "@/editorial/app";
import { PublishedDocumentError } from "@/editorial/evaluation-documents";
import { readEvaluationForm } from "@/editorial/evaluation-form";
import { StaleEvaluationError } from "@/editorial/evaluations";
import { InvalidDocumentError, WrongStateError } from "@/editorial/models";
import { getPathname } from "@/i18n/navigation";
import type { EvaluationFormState } from "./form-state";

const localeSchema = z.enum(locales);

const evaluationAddress = (locale: Locale, id: string, query: string) =>
  `${getPathname({ href: { pathname: "/editorial/evaluations/[id]", params: { id } }, locale })}?${query}#outcome`;
const modelAddress = (locale: Locale, id: string, query: string) =>
  `${getPathname({ href: { pathname: "/editorial/models/[id]", params: { id } }, locale })}?${query}#outcome`;

const posted = (form: FormData) => {
  const values: Record<string, string> = {};
  for (const [k, v] of form) if (typeof v === "string" && !k.startsWith("$")) values[k] = v;
  return values;
};

/** Saves the evaluation form as a draft, or saves and publishes it ("intent" = "publish"). */
export async function saveEvaluationAction(_state: EvaluationFormState, form: FormData): Promise<EvaluationFormState> {
  const locale = localeSchema.catch("fi").parse(form.get("locale"));
  const intent = z.enum(["save", "publish"]).catch("save").parse(form.get("intent"));
  const values = posted(form);
  const failed = (error: EvaluationFormState["error"], issues: EvaluationFormState["issues"] = []): EvaluationFormState => ({ error, values, issues });
  const id = z.uuid().safeParse(form.get("id")).data;
  if (!id) return failed("invalid");
  const viewer = await currentViewer();
  if (!viewer) return failed("signedOut");
  try {
    const opened = await editorial.evaluations.open(viewer, id);
    if (!opened) return failed("invalid");
    const read = readEvaluationForm(form, opened.evaluation.draft, opened.frameworks);
    if (!read.ok) return failed("invalid", [{ field: read.field, message: read.message ?? "invalid" }]);
    const saved = await editorial.evaluations.save(viewer, { id, baseRevision: read.baseRevision }, read.draft, read.note || undefined);
    if (intent === "publish") {
      try {
        await editorial.evaluations.publish(viewer, { id, baseRevision: saved.revision });
      } catch (error) {
        // Saved, not published: the form now stands on the saved revision.
        if (error instanceof InvalidDocumentError) {
          return { ...failed("savedNotPublished", error.issues.map((i) => ({ field: fieldOf(i), message: i.message, code: i.code }))), revision: saved.revision };
        }
        throw error;
      }
    }
    redirect(evaluationAddress(locale, id, `done=${intent === "publish" ? "published" : "saved"}`));
  } catch (error) {
    if (error instanceof StaleEvaluationError) return failed("stale");
    if (error instanceof NotAllowedError) return failed("notAllowed");
    throw error;
  }
}

/** Starts an evaluation of a model, as an empty draft, and opens it. */
export async function createEvaluationAction(form: FormData): Promise<void> {
  const locale = localeSchema.catch("fi").parse(form.get("locale"));
  const modelId = z.uuid().safeParse(form.get("modelId")).data;
  const viewer = await currentViewer();
  if (!viewer) redirect(getPathname({ href: "/sign-in", locale }));
  if (!modelId) redirect(getPathname({ href: "/editorial/evaluations", locale }));
  let id: string;
  try {
    id = await editorial.evaluations.create(viewer, modelId);
  } catch (error) {
    if (error instanceof NotAllowedError) redirect(modelAddress(locale, modelId, "problem=notAllowed"));
    throw error;
  }
  redirect(evaluationAddress(locale, id, "done=created"));
}

const withdrawSchema = z.object({
  locale: localeSchema,
  id: z.uuid(),
  baseRevision: z.coerce.number().int().min(0),
  "reason.fi": z.string().trim().max(2_000).default(""),
  "reason.sv": z.string().trim().max(2_000).default(""),
  "reason.en": z.string().trim().max(2_000).default(""),
});

/** Withdraws a published evaluation with its public reason. */
export async function withdrawEvaluationAction(form: FormData): Promise<void> {
  const parsed = withdrawSchema.safeParse(posted(form));
  const locale = localeSchema.catch("fi").parse(form.get("locale"));
  const rawId = z.uuid().catch("").parse(form.get("id"));
  if (!parsed.success) redirect(evaluationAddress(locale, rawId, "problem=invalid"));
  const { id, baseRevision } = parsed.data;
  const viewer = await currentViewer();
  if (!viewer) redirect(getPathname({ href: "/sign-in", locale }));
  const reasons = Object.fromEntries(locales.map((l) => [l, parsed.data[`reason.${l}`]]));
  let outcome = "done=withdrawn";
  try {
    await editorial.evaluations.withdraw(viewer, { id, baseRevision }, reasons);
  } catch (error) {
    if (error instanceof StaleEvaluationError) outcome = "problem=stale";
    else if (error instanceof InvalidDocumentError) outcome = "problem=reasonMissing";
    else if (error instanceof WrongStateError) outcome = "problem=wrongState";
    else if (error instanceof NotAllowedError) outcome = "problem=notAllowed";
    else throw error;
  }
  redirect(evaluationAddress(locale, id, outcome));
}

const commentSchema = z.object({
  locale: localeSchema,
  modelId: z.uuid(),
  evaluationId: z.uuid().optional(),
  body: z.string().trim().min(1).max(5_000),
});

/** A remark on an evaluation draft, or on a model's text (no evaluationId). */
export async function commentAction(form: FormData): Promise<void> {
  const parsed = commentSchema.safeParse(Object.fromEntries(Object.entries(posted(form)).filter(([, v]) => v !== "")));
  const locale = localeSchema.catch("fi").parse(form.get("locale"));
  const back = (query: string) => {
    const evaluationId = z.uuid().safeParse(form.get("evaluationId")).data;
    const modelId = z.uuid().catch("").parse(form.get("modelId"));
    return evaluationId ? evaluationAddress(locale, evaluationId, query) : modelAddress(locale, modelId, query);
  };
  if (!parsed.success) redirect(back("problem=commentEmpty"));
  const viewer = await currentViewer();
  if (!viewer) redirect(getPathname({ href: "/sign-in", locale }));
  const { modelId, evaluationId, body } = parsed.data;
  try {
    await editorial.evaluations.comment(viewer, { modelId, evaluationId }, body);
  } catch (error) {
    if (error instanceof NotAllowedError) redirect(back("problem=notAllowed"));
    throw error;
  }
  redirect(back("done=commented"));
}

const linkSchema = z.object({
  locale: localeSchema,
  id: z.uuid(),
  baseRevision: z.coerce.number().int().min(0),
  url: z.url({ protocol: /^https$/ }),
  title: z.string().trim().min(1).max(300),
  language: localeSchema,
  publishedOn: z.union([z.literal(""), z.iso.date()]).default(""),
  sizeBytes: z.union([z.literal(""), z.coerce.number().int().positive()]).default(""),
  persistentId: z.string().trim().max(200).default(""),
  page: z.union([z.literal(""), z.coerce.number().int().min(1).max(100_000)]).default(""),
});

/** Attaches a link to a document (https only) to the evaluation's draft. */
export async function attachLinkAction(form: FormData): Promise<void> {
  const locale = localeSchema.catch("fi").parse(form.get("locale"));
  const rawId = z.uuid().catch("").parse(form.get("id"));
  const parsed = linkSchema.safeParse(posted(form));
  if (!parsed.success) {
    const badUrl = parsed.error.issues.some((i) => i.path[0] === "url");
    redirect(evaluationAddress(locale, rawId, badUrl ? "problem=linkNotHttps" : "problem=invalid"));
  }
  const viewer = await currentViewer();
  if (!viewer) redirect(getPathname({ href: "/sign-in", locale }));
  const { id, baseRevision, url, title, language, publishedOn, sizeBytes, persistentId, page } = parsed.data;
  let outcome = "done=linked";
  try {
    await editorial.evaluations.link(viewer, { id, baseRevision }, {
      url,
      title,
      language,
      publishedOn: publishedOn || undefined,
      sizeBytes: sizeBytes === "" ? undefined : sizeBytes,
      persistentId: persistentId || undefined,
      page: page === "" ? undefined : page,
    });
  } catch (error) {
    if (error instanceof StaleEvaluationError) outcome = "problem=stale";
    else if (error instanceof NotAllowedError) outcome = "problem=notAllowed";
    else throw error;
  }
  redirect(evaluationAddress(locale, id, outcome));
}

const documentChangeSchema = z.object({
  locale: localeSchema,
  id: z.uuid(),
  baseRevision: z.coerce.number().int().min(0),
  position: z.coerce.number().int().min(0),
  intent: z.enum(["remove", "supersede"]),
});

/**
 * Takes a document added since the last publish off the draft ("remove"), or marks a report
 * as replaced by a newer one ("supersede"): a published report is never taken off.
 */
export async function changeDocumentAction(form: FormData): Promise<void> {
  const locale = localeSchema.catch("fi").parse(form.get("locale"));
  const parsed = documentChangeSchema.safeParse(posted(form));
  if (!parsed.success) redirect(evaluationAddress(locale, z.uuid().catch("").parse(form.get("id")), "problem=invalid"));
  const viewer = await currentViewer();
  if (!viewer) redirect(getPathname({ href: "/sign-in", locale }));
  const { id, baseRevision, position, intent } = parsed.data;
  let outcome = intent === "remove" ? "done=detached" : "done=superseded";
  try {
    if (intent === "remove") await editorial.evaluations.detach(viewer, { id, baseRevision }, position);
    else await editorial.evaluations.supersede(viewer, { id, baseRevision }, position);
  } catch (error) {
    if (error instanceof StaleEvaluationError) outcome = "problem=stale";
    else if (error instanceof PublishedDocumentError) outcome = "problem=publishedDocument";
    else if (error instanceof NotAllowedError) outcome = "problem=notAllowed";
    else throw error;
  }
  redirect(evaluationAddress(locale, id, outcome));
}

const purgeSchema = z.object({ locale: localeSchema, id: z.uuid(), checksum: z.string().regex(/^[0-9a-f]{64}$/), reason: z.string().trim().min(1).max(1_000) });

/** An admin removes an uploaded file for a legal reason (a tombstone stays; the purge is audited). */
export async function purgeFileAction(form: FormData): Promise<void> {
  const locale = localeSchema.catch("fi").parse(form.get("locale"));
  const parsed = purgeSchema.safeParse(posted(form));
  const rawId = z.uuid().catch("").parse(form.get("id"));
  if (!parsed.success) redirect(evaluationAddress(locale, rawId, "problem=purgeReasonMissing"));
  const viewer = await currentViewer();
  if (!viewer) redirect(getPathname({ href: "/sign-in", locale }));
  let outcome = "done=purged";
  try {
    await editorial.evaluations.purgeFile(viewer, parsed.data.checksum, parsed.data.reason);
  } catch (error) {
    if (error instanceof NotAllowedError) outcome = "problem=notAllowed";
    else throw error;
  }
  redirect(evaluationAddress(locale, parsed.data.id, outcome));
}
