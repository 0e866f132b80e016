// The keys a model document may name, as the database knows them: the same checks as
// `npm run content:check` makes against the content folder (src/content/known-keys.ts).
import type { Db } from "@/db/client";
import { taxonomyKindToDb } from "@/db/enums";
import type { KnownKeys } from "@/content/known-keys";
import { taxonomyKinds } from "@/domain/model";
import type { Prisma } from "@/generated/prisma/client";
import { readEvaluationFrameworks } from "@/db/evaluation-frameworks";

export async function readKnownKeys(db: Db | Prisma.TransactionClient): Promise<KnownKeys> {
  // One after the other: inside a transaction the queries share one connection.
  const terms = await db.taxonomyTerm.findMany({ select: { kind: true, key: true } });
  const organisations = await db.organisation.findMany({ select: { key: true } });
  const collections = await db.collection.findMany({ select: { slug: true } });
  const taxonomy = Object.fromEntries(
    taxonomyKinds.map((kind) => [kind, new Set(terms.filter((t) => t.kind === taxonomyKindToDb[kind]).map((t) => t.key))]),
  ) as KnownKeys["taxonomy"];
  return {
    taxonomy,
    organisations: new Set(organisations.map((o) => o.key)),
    collections: new Set(collections.map((c) => c.slug)),
    // A model's facts name no other models (theme articles do), so the slugs are not read.
    models: new Set(),
    frameworks: await readEvaluationFrameworks(db),
  };
}
