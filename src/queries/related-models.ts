// "Related models" on a model's page: other published models that share the most themes and
// target groups with it. Ties go to the most recently updated, then by slug, so the list is
// stable between requests.
import "server-only";
import type { Db } from "@/db/client";
import type { Locale } from "@/domain/locale";
import type { ModelCard } from "@/domain/model";
import { readModelCards } from "./models";

export const relatedModelLimit = 4;

export async function readRelatedModels(db: Db, locale: Locale, slug: string, limit = relatedModelLimit): Promise<ModelCard[]> {
  const model = await db.practiceModel.findFirst({
    where: { slug, state: "PUBLISHED" },
    select: { id: true, terms: { where: { term: { kind: { in: ["THEME", "TARGET_GROUP"] } } }, select: { termId: true } } },
  });
  if (!model || model.terms.length === 0) return [];
  const sharedTerm = { termId: { in: model.terms.map((t) => t.termId) } };
  const candidates = await db.practiceModel.findMany({
    where: { state: "PUBLISHED", id: { not: model.id }, terms: { some: sharedTerm } },
    select: { slug: true, _count: { select: { terms: { where: sharedTerm } } } },
    orderBy: [{ updatedAt: "desc" }, { slug: "asc" }],
  });
  // A stable sort: among models sharing as many terms, the query's order stands.
  const chosen = candidates
    .sort((a, b) => b._count.terms - a._count.terms)
    .slice(0, limit)
    .map((c) => c.slug);
  const cards = await readModelCards(db, locale, { slugs: chosen });
  return cards.sort((a, b) => chosen.indexOf(a.slug) - chosen.indexOf(b.slug));
}
