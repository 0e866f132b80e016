// Reads a request for the evaluations CSV: the language of its texts (`locale`, as in the models
// API and CSV, where `lang` filters by the description's language) and which evaluations.
// Strict, unlike the models CSV that a page links to: a report to a funder must not quietly
// leave out a filter, so a malformed or unknown parameter is a 400 that names it.
import { z } from "zod";
import type { EvaluationExport, EvaluationExportFilter } from "@/domain/evaluation-data";
import { defaultLocale, locales, type Locale } from "@/domain/locale";
import { maxValuesPerFilter, problemsOf, type ParamProblem } from "@/search/params";

/** A key of a collection or a taxonomy term, as in content/. */
const recordKey = z.string().max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "not a valid value");
const values = z.array(recordKey).max(maxValuesPerFilter, `at most ${maxValuesPerFilter} values`).transform((list) => [...new Set(list)]);
const once = <T>(value: z.ZodType<T>) => z.array(value).max(1, "give it once");
const day = once(z.iso.date("expected a date as YYYY-MM-DD")).transform(([date]) => date ?? null);

/** Every parameter arrives as the list of its values (URLSearchParams.getAll). */
const paramsSchema = z.strictObject({
  locale: once(z.enum(locales, "expected one of fi, sv, en")).transform(([locale = defaultLocale]) => locale),
  collection: values,
  county: values,
  from: day,
  to: day,
});

const requestSchema = paramsSchema.refine(({ from, to }) => from === null || to === null || from <= to, {
  path: ["to"],
  message: "is before from",
});

/** Someone who knows the models API may try `lang`; it means something else there. */
const hints: Record<string, string> = { lang: "unknown parameter; the language of the texts is `locale` (fi, sv, en)" };

export type EvaluationExportRequest = { ok: true; locale: Locale; filter: EvaluationExportFilter } | { ok: false; problems: ParamProblem[] };

export function readEvaluationExportRequest(params: URLSearchParams): EvaluationExportRequest {
  const raw: Record<string, string[]> = Object.fromEntries(Object.keys(paramsSchema.shape).map((name) => [name, []]));
  for (const name of new Set(params.keys())) raw[name] = params.getAll(name);
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = problemsOf(raw, parsed.error.issues);
    return { ok: false, problems: problems.map((p) => ({ ...p, message: (p.message === "unknown parameter" && hints[p.param]) || p.message })) };
  }
  const { locale, ...filter } = parsed.data;
  return { ok: true, locale, filter };
}

const unknownMessages = {
  collection: "no published collection has this slug",
  county: "no wellbeing services county has this key",
};

/** Filter values that are well formed but name nothing, as problems of the request. */
export function unknownValueProblems(unknownValues: EvaluationExport["unknownValues"]): ParamProblem[] {
  return unknownValues.map(({ param, value }) => ({ param, value, message: unknownMessages[param] }));
}
