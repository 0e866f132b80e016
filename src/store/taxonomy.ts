// Writes taxonomy terms and organisations, and reads back what the other writers link with:
// ids by key, and the terms' labels for the search index.
import type { LoadedTaxonomy } from "@/content/load";
import { readEvaluationFrameworks } from "@/db/evaluation-frameworks";
import { resolveResults, scaleOf, strengthenedDimensions, type EvaluationFramework, type ResultFacts } from "@/domain/evaluation-frameworks";
import type { OrganisationEntry } from "@/content/schema";
import { taxonomyKindToDb } from "@/db/enums";
import { locales, type Locale } from "@/domain/locale";
import type { TaxonomyKindKey } from "@/domain/model";
import type { Labels } from "@/search/index-document";
import { hashJson, upsertByHash, type Tx, type WriteCounts } from "./upsert";

/** Writes each kind's terms in order; a term gone from its list is deleted (counted as archived). */
export async function upsertTaxonomies(tx: Tx, taxonomies: LoadedTaxonomy[], counts: WriteCounts) {
  for (const taxonomy of taxonomies) {
    const kind = taxonomyKindToDb[taxonomy.kind];
    for (const [position, entry] of taxonomy.entries.entries()) {
      const hash = hashJson({ entry, position });
      const labelRows = locales.map((locale) => ({ locale, label: entry[locale] }));
      await upsertByHash(counts, await tx.taxonomyTerm.findUnique({ where: { kind_key: { kind, key: entry.key } } }), hash, {
        create: () => tx.taxonomyTerm.create({ data: { kind, key: entry.key, position, sourceHash: hash, labels: { create: labelRows } } }),
        update: (id) =>
          tx.taxonomyTerm.update({ where: { id }, data: { position, sourceHash: hash, labels: { deleteMany: {}, create: labelRows } } }),
      });
    }
    const removed = await tx.taxonomyTerm.deleteMany({ where: { kind, key: { notIn: taxonomy.entries.map((e) => e.key) } } });
    counts.archived += removed.count;
  }
}

/**
 * Writes the evaluation frameworks in order. One gone from the file is deleted unless an
 * evaluation (one published in the working area, say) still uses it.
 */
export async function upsertEvaluationFrameworks(tx: Tx, frameworks: EvaluationFramework[], counts: WriteCounts) {
  for (const [position, definition] of frameworks.entries()) {
    const hash = hashJson({ definition, position });
    const stored = await tx.evaluationFramework.findUnique({ where: { key: definition.key }, select: { key: true, sourceHash: true } });
    await upsertByHash(counts, stored && { id: stored.key, sourceHash: stored.sourceHash }, hash, {
      create: () => tx.evaluationFramework.create({ data: { key: definition.key, position, definition, sourceHash: hash } }),
      update: (key) => tx.evaluationFramework.update({ where: { key }, data: { position, definition, sourceHash: hash } }),
    });
  }
  const used = await tx.evaluation.findMany({ distinct: ["framework"], select: { framework: true } });
  const kept = [...frameworks.map((f) => f.key), ...used.map((e) => e.framework)];
  const removed = await tx.evaluationFramework.deleteMany({ where: { key: { notIn: kept } } });
  counts.archived += removed.count;
}

export async function upsertOrganisations(tx: Tx, organisations: OrganisationEntry[], counts: WriteCounts) {
  for (const entry of organisations) {
    const hash = hashJson(entry);
    const data = { name: entry.name, website: entry.website ?? null, sourceHash: hash };
    await upsertByHash(counts, await tx.organisation.findUnique({ where: { key: entry.key } }), hash, {
      create: () => tx.organisation.create({ data: { key: entry.key, ...data } }),
      update: (id) => tx.organisation.update({ where: { id }, data }),
    });
  }
}

/** Ids of terms, organisations and collections by key, for linking. */
export async function lookups(tx: Tx) {
  const [terms, organisations, collections] = [
    await tx.taxonomyTerm.findMany({ select: { id: true, kind: true, key: true } }),
    await tx.organisation.findMany({ select: { id: true, key: true } }),
    await tx.collection.findMany({ select: { id: true, slug: true } }),
  ];
  const frameworks = await readEvaluationFrameworks(tx);
  const termId = new Map(terms.map((t) => [`${t.kind}:${t.key}`, t.id]));
  const organisationId = new Map(organisations.map((o) => [o.key, o.id]));
  const collectionId = new Map(collections.map((c) => [c.slug, c.id]));
  const need = <T>(map: Map<string, T>, key: string) => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`Store: unknown key ${key}`);
    return value;
  };
  return {
    term: (kind: TaxonomyKindKey, key: string) => need(termId, `${taxonomyKindToDb[kind]}:${key}`),
    organisation: (key: string) => need(organisationId, key),
    collection: (slug: string) => need(collectionId, slug),
    ...evaluationResults(frameworks),
  };
}

type EvaluationResultFacts = ResultFacts & { framework?: string; frameworkVersion?: string };

/** Each dimension's result on the evaluation's scale, and the dimensions that counts as strengthening. */
export function evaluationResults(frameworks: EvaluationFramework[]) {
  const scale = (e: EvaluationResultFacts) => {
    const found = scaleOf(frameworks, e.framework, e.frameworkVersion);
    if (!found) throw new Error(`Store: unknown evaluation framework ${e.framework}`);
    return found;
  };
  return {
    results: (e: EvaluationResultFacts) => resolveResults(e, scale(e)),
    strengthened: (e: EvaluationResultFacts) => strengthenedDimensions(resolveResults(e, scale(e)), scale(e)),
  };
}

export type Lookups = Awaited<ReturnType<typeof lookups>>;

/** The stored labels of every term; a key without a label in a language is itself. */
export async function labels(tx: Tx): Promise<Labels> {
  const rows = await tx.taxonomyLabel.findMany({ select: { locale: true, label: true, term: { select: { kind: true, key: true } } } });
  const byKey = new Map(rows.map((r) => [`${r.term.kind}:${r.term.key}:${r.locale}`, r.label]));
  return (kind: TaxonomyKindKey, key: string, locale: Locale) => byKey.get(`${taxonomyKindToDb[kind]}:${key}:${locale}`) ?? key;
}
