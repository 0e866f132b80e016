// The evaluation form as posted, read into an evaluation draft (the content files' shape).
// Every field is parsed with zod; an empty field is a field left out. Each dimension's result
// must be on the scale of the chosen framework and version. Documents are not edited here:
// they carry over from the draft the coordinator started from.
import { z } from "zod";
import type { EvaluationDraftDocument, EvaluationTextDocument } from "@/content/document";
import { defaultFramework, resultFacts, scaleOf, type EvaluationFramework } from "@/domain/evaluation-frameworks";
import { locales } from "@/domain/locale";
import { dimensionKeys } from "@/domain/model";

export type { EvaluationDraftDocument };

const line = z.string().trim().max(300);
const long = z.string().trim().max(20_000);
const day = z.union([z.literal(""), z.iso.date()]);

const controlSchema = z.object({
  baseRevision: z.coerce.number().int().min(0).default(0),
  note: line.default(""),
});

const key = z.string().regex(/^[a-z0-9-]{1,100}$/);
const factSchema = z.object({
  evaluator: line.default(""),
  evaluatedOn: day.default(""),
  framework: key.default(defaultFramework),
  frameworkVersion: line.default(""),
  nextReviewOn: day.default(""),
  noReviewPlanned: z.literal("on").optional(),
  /** A dimension left without a result gets the scale's default. */
  results: z.record(z.enum(dimensionKeys), z.union([z.literal(""), key])),
});

const optional = (value: string) => (value === "" ? undefined : value);
const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export type EvaluationFormRead =
  | { ok: true; baseRevision: number; note: string; draft: EvaluationDraftDocument }
  | { ok: false; field: string; message?: "unknownFramework" | "notOnScale" };

/**
 * Reads a posted evaluation form; `base` is the draft the coordinator started from, and
 * `frameworks` those the catalogue knows.
 */
export function readEvaluationForm(form: FormData, base: EvaluationDraftDocument | null, frameworks: readonly EvaluationFramework[]): EvaluationFormRead {
  const values = (names: string[]) => Object.fromEntries(names.flatMap((name) => (form.get(name) === null ? [] : [[name, field(form, name)]])));
  const control = controlSchema.safeParse(values(["baseRevision", "note"]));
  if (!control.success) return { ok: false, field: String(control.error.issues[0]?.path[0] ?? "form") };
  const facts = factSchema.safeParse({
    ...values(["evaluator", "evaluatedOn", "framework", "frameworkVersion", "nextReviewOn", "noReviewPlanned"]),
    results: Object.fromEntries(dimensionKeys.map((k) => [k, field(form, `results.${k}`)])),
  });
  if (!facts.success) return { ok: false, field: facts.error.issues[0]?.path.join(".") || "facts" };
  const f = facts.data;
  const scale = scaleOf(frameworks, f.framework, optional(f.frameworkVersion));
  if (!scale) return { ok: false, field: "framework", message: "unknownFramework" };
  const offScale = dimensionKeys.find((k) => f.results[k] && !scale.some((r) => r.key === f.results[k]));
  if (offScale) return { ok: false, field: `results.${offScale}`, message: "notOnScale" };
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
        ...(f.framework === defaultFramework ? {} : { framework: f.framework }),
        frameworkVersion: optional(f.frameworkVersion),
        nextReviewOn: optional(f.nextReviewOn),
        ...(f.noReviewPlanned ? { noReviewPlanned: true } : {}),
        ...resultFacts(Object.fromEntries(dimensionKeys.flatMap((k) => (f.results[k] ? [[k, f.results[k]]] : []))), scale),
        documents: base?.facts.documents ?? [],
      },
      texts,
    },
  };
}
