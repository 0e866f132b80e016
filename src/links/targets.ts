// Every external address the catalogue links to, with where it is used: evaluation documents,
// bibliography entries (of models and of theme articles), models' original descriptions and
// organisations' websites. `npm run links:check` checks them and records what it found
// (LinkCheck); brokenLinks gives the working area the ones that failed, with their uses.
import type { Db } from "@/db/client";
import type { LinkCheckResult, LinkOutcome } from "./check";

export type LinkField = "EvaluationDocument.url" | "Reference.url" | "PracticeModel.sourceUrl" | "Organisation.website";
export type LinkOwner = { kind: "model"; slug: string } | { kind: "themeArticle"; slug: string } | { kind: "organisation"; key: string };
export type LinkUse = { field: LinkField; owner: LinkOwner };
export type LinkTarget = { url: string; uses: LinkUse[] };

/** What a check found when the link did not work. */
export type FailedOutcome = Exclude<LinkOutcome, "ok" | "redirected">;

export type BrokenLink = {
  url: string;
  outcome: FailedOutcome;
  httpStatus: number | null;
  finalUrl: string | null;
  error: string | null;
  checkedAt: Date;
  uses: LinkUse[];
};

const failedOutcomes: FailedOutcome[] = ["broken", "refused", "timeout", "error"];
const isFailed = (outcome: LinkOutcome): outcome is FailedOutcome => (failedOutcomes as LinkOutcome[]).includes(outcome);

/** Each address once, in address order, with every use of it. */
export async function linkTargets(db: Db): Promise<LinkTarget[]> {
  const [documents, references, models, organisations] = await Promise.all([
    db.evaluationDocument.findMany({ where: { url: { not: null } }, select: { url: true, evaluation: { select: { model: { select: { slug: true } } } } } }),
    db.reference.findMany({ where: { url: { not: null } }, select: { url: true, model: { select: { slug: true } }, article: { select: { slug: true } } } }),
    db.practiceModel.findMany({ where: { sourceUrl: { not: null } }, select: { slug: true, sourceUrl: true } }),
    db.organisation.findMany({ where: { website: { not: null } }, select: { key: true, website: true } }),
  ]);
  const uses = new Map<string, LinkUse[]>();
  const add = (url: string | null, field: LinkField, owner: LinkOwner) => {
    if (url !== null) uses.set(url, [...(uses.get(url) ?? []), { field, owner }]);
  };
  for (const { slug, sourceUrl } of models) add(sourceUrl, "PracticeModel.sourceUrl", { kind: "model", slug });
  for (const { url, evaluation } of documents) add(url, "EvaluationDocument.url", { kind: "model", slug: evaluation.model.slug });
  for (const { url, model, article } of references) {
    if (model) add(url, "Reference.url", { kind: "model", slug: model.slug });
    if (article) add(url, "Reference.url", { kind: "themeArticle", slug: article.slug });
  }
  for (const { key, website } of organisations) add(website, "Organisation.website", { kind: "organisation", key });
  return [...uses].sort(([a], [b]) => (a < b ? -1 : 1)).map(([url, used]) => ({ url, uses: used }));
}

/** Keeps the newest finding for each address, in one transaction. */
export async function recordChecks(db: Db, results: readonly LinkCheckResult[]): Promise<void> {
  await db.$transaction(
    results.map((result) => {
      const finding = {
        outcome: result.outcome,
        httpStatus: result.httpStatus ?? null,
        finalUrl: result.finalUrl ?? null,
        redirects: result.redirects,
        error: result.error ?? null,
        checkedAt: result.checkedAt,
      };
      return db.linkCheck.upsert({ where: { url: result.url }, create: { url: result.url, ...finding }, update: finding });
    }),
  );
}

/** The addresses still in use whose latest check failed (broken, refused, timed out, error), with their uses. */
export async function brokenLinks(db: Db): Promise<BrokenLink[]> {
  const [targets, failed] = await Promise.all([
    linkTargets(db),
    db.linkCheck.findMany({
      where: { outcome: { in: failedOutcomes } },
      select: { url: true, outcome: true, httpStatus: true, finalUrl: true, error: true, checkedAt: true },
      orderBy: { url: "asc" },
    }),
  ]);
  const usesOf = new Map(targets.map((target) => [target.url, target.uses]));
  return failed.flatMap(({ outcome, ...check }) => {
    const uses = usesOf.get(check.url);
    return uses && isFailed(outcome) ? [{ ...check, outcome, uses }] : [];
  });
}
