// The evaluation frameworks the catalogue knows, as data (content/evaluation-frameworks.yaml,
// seeded into the EvaluationFramework table): each framework's name and the result scale of
// each of its versions, in fi, sv and en. An evaluation names its framework and version; each
// of its dimensions gets a result from that version's scale. A result that "strengthens"
// makes the catalogue's dimension filter find the model.
import { z } from "zod";
import type { Locale } from "./locale";
import { dimensionKeys, type DimensionKey } from "./model";

const key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case letters, digits and hyphens");
const label = z.string().trim().min(1);
const labels = { fi: label, sv: label, en: label };

const resultSchema = z.strictObject({
  key,
  ...labels,
  /** Counts as strengthening the dimension: the dimension filter finds the model. */
  strengthens: z.boolean().default(false),
  /** What a dimension the evaluation says nothing about gets. */
  default: z.boolean().default(false),
});

const scaleSchema = z
  .array(resultSchema)
  .min(2)
  .superRefine((results, ctx) => {
    if (results.filter((r) => r.default).length !== 1) ctx.addIssue({ code: "custom", message: "mark exactly one result default: true" });
    const keys = results.map((r) => r.key);
    const twice = keys.find((k, i) => keys.indexOf(k) !== i);
    if (twice) ctx.addIssue({ code: "custom", message: `result "${twice}" appears twice` });
  });

export const evaluationFrameworkSchema = z.strictObject({
  key,
  ...labels,
  /** The scale of every version not listed in `versions`. */
  results: scaleSchema,
  /** Versions whose scale differs, by the version's name as its publisher gives it ("2024"). */
  versions: z.array(z.strictObject({ version: label, results: scaleSchema })).default([]),
});

export const evaluationFrameworksFileSchema = z.array(evaluationFrameworkSchema).min(1);

export type EvaluationFramework = z.output<typeof evaluationFrameworkSchema>;
export type ResultScale = EvaluationFramework["results"];
export type ScaleResult = ResultScale[number];

/** An evaluation that names no framework was made with THL's participation framework. */
export const defaultFramework = "thl-participation";
/** The shorthand `strengthens: [...]` of a content file gives its dimensions this result. */
export const strengthenedResult = "strengthened";

/** The scale of a framework's version, or null when the catalogue does not know the framework. */
export function scaleOf(frameworks: readonly EvaluationFramework[], framework: string | undefined, version: string | undefined): ResultScale | null {
  const known = frameworks.find((f) => f.key === (framework ?? defaultFramework));
  if (!known) return null;
  return known.versions.find((v) => v.version === version)?.results ?? known.results;
}

export function resultLabel(scale: ResultScale | null, result: string, locale: Locale): string {
  return scale?.find((r) => r.key === result)?.[locale] ?? result;
}

/** An evaluation's results as its facts write them: the shorthand, the others, and what is left to the default. */
export type ResultFacts = { strengthens: DimensionKey[]; results?: Partial<Record<DimensionKey, string>> };

/** Each dimension's result: given in `results`, `strengthened` by the shorthand, else the scale's default. */
export function resolveResults(facts: ResultFacts, scale: ResultScale): Record<DimensionKey, string> {
  const fallback = scale.find((r) => r.default)!.key;
  return Object.fromEntries(
    dimensionKeys.map((d) => [d, facts.results?.[d] ?? (facts.strengthens.includes(d) ? strengthenedResult : fallback)]),
  ) as Record<DimensionKey, string>;
}

/** The dimensions whose result counts as strengthening them. */
export function strengthenedDimensions(results: Record<DimensionKey, string>, scale: ResultScale): DimensionKey[] {
  return dimensionKeys.filter((d) => scale.find((r) => r.key === results[d])?.strengthens);
}

/**
 * The shortest facts that give these results, as a content file is written: the shorthand for
 * `strengthened` (when the scale has it), nothing for the default, `results` for the rest.
 */
export function resultFacts(results: Partial<Record<DimensionKey, string>>, scale: ResultScale): ResultFacts {
  const fallback = scale.find((r) => r.default)!.key;
  const hasShorthand = scale.some((r) => r.key === strengthenedResult);
  const strengthens = dimensionKeys.filter((d) => hasShorthand && results[d] === strengthenedResult);
  const others = dimensionKeys.filter((d) => results[d] !== undefined && results[d] !== fallback && !strengthens.includes(d));
  return others.length > 0 ? { strengthens, results: Object.fromEntries(others.map((d) => [d, results[d]!])) } : { strengthens };
}

/**
 * What is wrong with an evaluation's framework and results, each at the field to point at:
 * an unknown framework, a result not on the version's scale, the shorthand where the scale has
 * no `strengthened`, a dimension given twice.
 */
export function resultProblems(
  facts: ResultFacts & { framework?: string; frameworkVersion?: string },
  frameworks: readonly EvaluationFramework[],
): { path: (string | number)[]; message: string }[] {
  const scale = scaleOf(frameworks, facts.framework, facts.frameworkVersion);
  if (!scale) return [{ path: ["framework"], message: `unknown framework "${facts.framework ?? defaultFramework}"; see evaluation-frameworks.yaml` }];
  const onScale = (result: string) => scale.some((r) => r.key === result);
  const problems: { path: (string | number)[]; message: string }[] = [];
  if (facts.strengthens.length > 0 && !onScale(strengthenedResult)) {
    problems.push({ path: ["strengthens"], message: `this framework's scale has no "${strengthenedResult}"; give each dimension's result in results` });
  }
  for (const [dimension, result] of Object.entries(facts.results ?? {})) {
    if (!onScale(result)) problems.push({ path: ["results", dimension], message: `"${result}" is not on the framework's scale: ${scale.map((r) => r.key).join(", ")}` });
    if (facts.strengthens.includes(dimension as DimensionKey)) problems.push({ path: ["results", dimension], message: "give the dimension in strengthens or in results, not both" });
  }
  return problems;
}
