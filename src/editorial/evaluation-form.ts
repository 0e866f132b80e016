// The evaluation form as posted, read into an evaluation draft (the content files' shape).
// Every field is parsed with zod; an empty field is a field left out. Document links are not
// edited here yet: they carry over from the draft the coordinator started from.
import { z } from "zod";
import type { EvaluationDraftDocument, EvaluationTextDocument } from "@/content/document";

export type { EvaluationDraftDocument };
import { locales } from "@/domain/locale";
import { dimensionKeys } from "@/domain/model";

const line = z.string().trim().max(300);
const long = z.string().trim().max(20_000);
const day = z.union([z.literal(""), z.iso.date()]);

export const evaluationResults = ["strengthened", "not-assessed"] as const;

const controlSchema = z.object({
  baseRevision: z.coerce.number().int().min(0).default(0),
  note: line.default(""),
});

const factSchema = z.object({
  evaluator: line.default(""),
  evaluatedOn: day.default(""),
  frameworkVersion: line.default(""),
  nextReviewOn: day.default(""),
  noReviewPlanned: z.literal("on").optional(),
  ...Object.fromEntries(dimensionKeys.map((key) => [`result.${key}`, z.enum(evaluationResults).default("not-assessed")])),
});

const optional = (value: string) => (value === "" ? undefined : value);
const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export type EvaluationFormRead =
  | { ok: true; baseRevision: number; note: string; draft: EvaluationDraftDocument }
  | { ok: false; field: string };

/** Reads a posted evaluation form; `base` is the draft the coordinator started from. */
export function readEvaluationForm(form: FormData, base: EvaluationDraftDocument | null): EvaluationFormRead {
  const values = (names: string[]) => Object.fromEntries(names.flatMap((name) => (form.get(name) === null ? [] : [[name, field(form, name)]])));
  const control = controlSchema.safeParse(values(["baseRevision", "note"]));
  if (!control.success) return { ok: false, field: String(control.error.issues[0]?.path[0] ?? "form") };
  const facts = factSchema.safeParse(
    values(["evaluator", "evaluatedOn", "frameworkVersion", "nextReviewOn", "noReviewPlanned", ...dimensionKeys.map((k) => `result.${k}`)]),
  );
  if (!facts.success) return { ok: false, field: String(facts.error.issues[0]?.path[0] ?? "facts") };
  const f = facts.data as z.infer<typeof factSchema> & Record<`result.${(typeof dimensionKeys)[number]}`, (typeof evaluationResults)[number]>;
  const texts: EvaluationDraftDocument["texts"] = {};
  for (const locale of locales) {
    const summary = long.safeParse(field(form, `${locale}.summary`));
    const findings = dimensionKeys.map((key) => [key, long.safeParse(field(form, `${locale}.findings.${key}`))] as const);
    if (!summary.success) return { ok: false, field: `${locale}.summary` };
    const bad = findings.find(([, parsed]) => !parsed.success);
    if (bad) return { ok: false, field: `${locale}.findings.${bad[0]}` };
    const given = Object.fromEntries(findings.flatMap(([key, parsed]) => (parsed.data ? [[key, parsed.data]] : [])));
    if (!summary.data && Object.keys(given).length === 0) continue;
    texts[locale] = { summary: summary.data, findings: given } satisfies EvaluationTextDocument;
  }
  return {
    ok: true,
    baseRevision: control.data.baseRevision,
    note: control.data.note,
    draft: {
      facts: {
        evaluator: optional(f.evaluator),
        evaluatedOn: optional(f.evaluatedOn),
        frameworkVersion: optional(f.frameworkVersion),
        nextReviewOn: optional(f.nextReviewOn),
        ...(f.noReviewPlanned ? { noReviewPlanned: true } : {}),
        strengthens: dimensionKeys.filter((key) => f[`result.${key}`] === "strengthened"),
        documents: base?.facts.documents ?? [],
      },
      texts,
    },
  };
}
