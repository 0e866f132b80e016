// Cross-file checks: every key an index.yaml names must exist in the taxonomy, the
// organisations, the collections or the models. Added to the file schemas as refinements so
// that errors point at the line of the unknown key.
import type { z } from "zod";
import { resultProblems, type EvaluationFramework, type ResultFacts } from "@/domain/evaluation-frameworks";
import type { TaxonomyKindKey } from "@/domain/model";
import { modelFactsSchema, modelFileFactsSchema, themeArticleFactsSchema, type ModelFacts } from "./schema";

export type KnownKeys = {
  taxonomy: Record<TaxonomyKindKey, Set<string>>;
  organisations: Set<string>;
  collections: Set<string>;
  models: Set<string>;
  /** The evaluation frameworks with their result scales. */
  frameworks: EvaluationFramework[];
};

function checkKeys(
  ctx: z.RefinementCtx,
  field: string,
  values: readonly string[],
  known: Set<string>,
  where: string,
) {
  values.forEach((value, i) => {
    if (!known.has(value)) {
      ctx.addIssue({ code: "custom", path: [field, i], message: `unknown key "${value}"; see ${where}` });
    }
  });
}

/** What the key checks read of a model's facts: the same in a content file and in the database's form. */
type KeyedFacts = Omit<ModelFacts, "evaluations"> & {
  evaluations: ({ evaluator?: string; framework?: string; frameworkVersion?: string } & ResultFacts)[];
};

/** The model's facts as the database and the editor keep them, their keys checked. */
export function modelFactsWithKnownKeys(known: KnownKeys) {
  return modelFactsSchema.superRefine((model, ctx) => checkModelKeys(model, ctx, known));
}

/** The model's facts as index.yaml writes them (documents by file), their keys checked. */
export function modelFileFactsWithKnownKeys(known: KnownKeys) {
  return modelFileFactsSchema.superRefine((model, ctx) => checkModelKeys(model, ctx, known));
}

function checkModelKeys(model: KeyedFacts, ctx: z.RefinementCtx, known: KnownKeys) {
  const t = known.taxonomy;
  checkKeys(ctx, "themes", model.themes, t.themes, "taxonomy/themes.yaml");
  checkKeys(ctx, "targetGroups", model.targetGroups, t["target-groups"], "taxonomy/target-groups.yaml");
  checkKeys(ctx, "regions", model.regions, t.regions, "taxonomy/regions.yaml");
  checkKeys(
    ctx,
    "wellbeingServicesCounties",
    model.wellbeingServicesCounties,
    t["wellbeing-services-counties"],
    "taxonomy/wellbeing-services-counties.yaml",
  );
  checkKeys(ctx, "funders", model.funders, t.funders, "taxonomy/funders.yaml");
  checkKeys(ctx, "developers", model.developers, known.organisations, "organisations.yaml");
  model.inUse.forEach((adoption, i) => {
    const county = adoption.wellbeingServicesCounty;
    if (county && !t["wellbeing-services-counties"].has(county)) {
      ctx.addIssue({
        code: "custom",
        path: ["inUse", i, "wellbeingServicesCounty"],
        message: `unknown key "${county}"; see taxonomy/wellbeing-services-counties.yaml`,
      });
    }
  });
  if (model.developmentStage && !t["development-stages"].has(model.developmentStage)) {
    ctx.addIssue({
      code: "custom",
      path: ["developmentStage"],
      message: `unknown key "${model.developmentStage}"; see taxonomy/development-stages.yaml`,
    });
  }
  if (model.collection && !known.collections.has(model.collection)) {
    ctx.addIssue({ code: "custom", path: ["collection"], message: `unknown collection "${model.collection}"` });
  }
  model.evaluations.forEach((evaluation, i) => {
    if (evaluation.evaluator && !known.organisations.has(evaluation.evaluator)) {
      ctx.addIssue({
        code: "custom",
        path: ["evaluations", i, "evaluator"],
        message: `unknown key "${evaluation.evaluator}"; see organisations.yaml`,
      });
    }
    for (const problem of resultProblems(evaluation, known.frameworks)) {
      ctx.addIssue({ code: "custom", path: ["evaluations", i, ...problem.path], message: problem.message });
    }
  });
}

export function themeArticleFactsWithKnownKeys(known: KnownKeys) {
  return themeArticleFactsSchema.superRefine((article, ctx) => {
    checkKeys(ctx, "models", article.models, known.models, "models/");
    if (article.theme && !known.taxonomy.themes.has(article.theme)) {
      ctx.addIssue({ code: "custom", path: ["theme"], message: `unknown key "${article.theme}"; see taxonomy/themes.yaml` });
    }
  });
}
