// "Related models" on a model's page: other published models that share the most themes and
// target groups with it. Ties go to the most recently updated, then by slug, so the list is
// stable between requests.
import "server-only";
import { z } from "zod";
import type { Db } from "@/db/client";
import { queryRows } from "@/db/raw";
import type { Locale } from "@/domain/locale";
import type { ModelCard } from "@/domain/model";
import { Prisma } from "@/generated/prisma/client";
import { readModelCards } from "./models";

export const relatedModelLimit = 4;

/**
 * Counted and ranked in the database, four rows back: a common theme is shared by thousands of
 * models in a big catalogue, and none of them needs to leave PostgreSQL.
 */
export async function readRelatedModels(db: Db, locale: Locale, slug: string, limit = relatedModelLimit): Promise<ModelCard[]> {
  const rows = await queryRows(
    db,
    Prisma.sql`
      SELECT other.slug
      FROM "PracticeModel" self
      JOIN "ModelTerm" mine ON mine."modelId" = self.id
      JOIN "TaxonomyTerm" term ON term.id = mine."termId" AND term.kind IN ('THEME', 'TARGET_GROUP')
      JOIN "ModelTerm" theirs ON theirs."termId" = mine."termId" AND theirs."modelId" <> self.id
      JOIN "PracticeModel" other ON other.id = theirs."modelId" AND other.state = 'PUBLISHED'
      WHERE self.slug = ${slug} AND self.state = 'PUBLISHED'
      GROUP BY other.id, other.slug, other."updatedAt"
      ORDER BY count(*) DESC, other."updatedAt" DESC, other.slug
      LIMIT ${limit}`,
    z.object({ slug: z.string() }),
  );
  const chosen = rows.map((row) => row.slug);
  const cards = await readModelCards(db, locale, { slugs: chosen });
  return cards.sort((a, b) => chosen.indexOf(a.slug) - chosen.indexOf(b.slug));
}
