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
import { mergeSaves } from "@/editorial/conflict";
import { fieldOf, readModelForm } from "@/editorial/form";
import { InvalidDocumentError, StaleSaveError, WrongStateError } from "@/editorial/models";
import { ScheduleTimeError } from "@/editorial/schedule";
import { SecondReviewerError } from "@/editorial/unreviewed";
import { fromFinnishTime } from "@/domain/finnish-time";
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

/** Saves the form as a draft, or saves and sends it for review ("intent" = "submit"). */
export async function saveModelAction(_state: ModelFormState, form: FormData): Promise<ModelFormState> {
  const locale = localeSchema.catch("fi").parse(form.get("locale"));
  const intent = z.enum(["save", "submit"]).catch("save").parse(form.get("intent"));
  const values = posted(form);
  const failed = (error: ModelFormState["error"], more: Partial<ModelFormState> = {}): ModelFormState => ({ ...emptyModelFormState, error, values, ...more });
  const viewer = await currentViewer();
  if (!viewer) return failed("signedOut");
  // No id: a new model. An id that is not one is a broken form, not a request for a new model.
  const rawId = form.get("id");
  const id = rawId === null ? undefined : z.uuid().safeParse(rawId).data;
  if (rawId !== null && !id) return failed("invalid");
  const base = id ? await editorial.open(viewer, id).catch(() => null) : null;
  const read = readModelForm(form, base?.document ?? null);
  if (!read.ok) return failed("invalid", { issues: [{ field: read.field, message: read.code, code: read.code }] });
  const { document, baseVersion, baseRevision, sourceLocale, note } = read.form;
  let done = "saved";
  let modelId: string;
  let savedVersion: number | null = null;
  try {
    if (id) {
      const saved = await editorial.save(viewer, { id, baseVersion }, document, note || undefined);
      savedVersion = saved.version;
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
    // After a save that went through, the form saves against its new version from now on.
    const version = savedVersion;
    if (error instanceof StaleSaveError && id) {
      const current = error.current;
      const started = (await editorial.history(viewer, id, [baseRevision]))?.snapshots.get(baseRevision) ?? null;
      const mine = readModelForm(form, current.document);
      const merge = mergeSaves(started, mine.ok ? mine.form.document : document, current.document);
      for (const { field, form: theirs } of merge.merged) values[field] = theirs;
      return failed("stale", {
        version: current.version,
        conflict: { revision: current.revision, fields: merge.conflicts, merged: merge.merged.map((m) => m.field) },
      });
    }
    if (error instanceof InvalidDocumentError) {
      const issues = error.issues.map((i) => ({ field: fieldOf(i), message: i.message, code: i.code }));
      return failed(version === null ? "invalid" : "savedNotSent", { version, issues });
    }
    if (error instanceof NotAllowedError) return failed("notAllowed", { version });
    if (error instanceof WrongStateError) return failed("wrongState", { version });
    throw error;
  }
  redirect(modelAddress(locale, modelId, `done=${done}`));
}

const stepSchema = z.object({
  locale: localeSchema,
  id: z.uuid(),
  baseVersion: z.coerce.number().int().min(1),
  step: z.enum(["return", "publish", "unpublish", "archive", "restore", "submit", "transfer", "schedule-archive", "cancel-schedule"]),
  /** Publish now, or at `when`. */
  intent: z.enum(["now", "schedule"]).default("now"),
  /** A time in Finnish time, as a datetime-local input sends it. */
  when: z.string().max(25).optional(),
  job: z.uuid().optional(),
  unreviewedReason: z.string().trim().max(2_000).optional(),
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

/** The moment a schedule form names; a missing or impossible time goes back with a problem. */
function scheduledTime(locale: Locale, id: string, when: string | undefined): Date {
  const moment = when ? fromFinnishTime(when) : null;
  if (!moment) redirect(modelAddress(locale, id, "problem=scheduleTime"));
  return moment;
}

/** The workflow's steps other than saving: each answers by redirecting back with what happened. */
export async function workflowAction(form: FormData): Promise<void> {
  const parsed = stepSchema.safeParse(Object.fromEntries([...form].filter(([k, v]) => typeof v === "string" && v !== "" && !k.startsWith("$"))));
  if (!parsed.success) redirect(modelAddress(localeSchema.catch("fi").parse(form.get("locale")), String(form.get("id")), "problem=invalid"));
  const { locale, id, baseVersion, note, revision, minor, intent, when, job, unreviewedReason } = parsed.data;
  let step: string = parsed.data.step;
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
      if (intent === "schedule") {
        await editorial.schedulePublish(viewer, at, scheduledTime(locale, id, when), { locales: chosen, changeNotes, unreviewedReason });
        step = "schedule-publish";
      } else await editorial.publish(viewer, at, { locales: chosen, changeNotes, unreviewedReason });
    } else if (step === "schedule-archive") await editorial.scheduleArchive(viewer, at, scheduledTime(locale, id, when), note || null);
    else if (step === "cancel-schedule") {
      if (!job) redirect(modelAddress(locale, id, "problem=invalid"));
      await editorial.cancelSchedule(viewer, job);
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
    else if (error instanceof ScheduleTimeError) outcome = "problem=scheduleTime";
    else if (error instanceof SecondReviewerError) outcome = `problem=${error.reason}`;
    else if (error instanceof NotAllowedError) outcome = "problem=notAllowed";
    else throw error;
  }
  redirect(modelAddress(locale, id, outcome));
}
