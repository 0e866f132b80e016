// Seed steps for taxonomy terms and organisations, and the key -> id lookups that
// the other steps link with.
import { taxonomyKindToDb } from "@/db/enums";
import { hashJson, sync, type SeedCounts, type SeedInput, type Tx } from "./sync";

export async function seedTaxonomies(tx: Tx, catalogue: SeedInput, counts: SeedCounts) {
  for (const taxonomy of catalogue.taxonomies) {
    const kind = taxonomyKindToDb[taxonomy.kind];
    for (const [position, entry] of taxonomy.entries.entries()) {
      const hash = hashJson({ entry, position });
      const labels = (["fi", "sv", "en"] as const).map((locale) => ({ locale, label: entry[locale] }));
      const stored = await tx.taxonomyTerm.findUnique({ where: { kind_key: { kind, key: entry.key } } });
      await sync(
        counts,
        stored,
        hash,
        () => tx.taxonomyTerm.create({ data: { kind, key: entry.key, position, sourceHash: hash, labels: { create: labels } } }),
        (id) =>
          tx.taxonomyTerm.update({
            where: { id },
            data: { position, sourceHash: hash, labels: { deleteMany: {}, create: labels } },
          }),
      );
    }
    const removed = await tx.taxonomyTerm.deleteMany({
      where: { kind, key: { notIn: taxonomy.entries.map((e) => e.key) } },
    });
    counts.archived += removed.count;
  }
}

export async function seedOrganisations(tx: Tx, catalogue: SeedInput, counts: SeedCounts) {
  for (const entry of catalogue.organisations.entries) {
    const hash = hashJson(entry);
    const data = { name: entry.name, website: entry.website ?? null, sourceHash: hash };
    await sync(
      counts,
      await tx.organisation.findUnique({ where: { key: entry.key } }),
      hash,
      () => tx.organisation.create({ data: { key: entry.key, ...data } }),
      (id) => tx.organisation.update({ where: { id }, data }),
    );
  }
}

/** Ids of terms and organisations by key, for linking. */
export async function lookups(tx: Tx) {
  const terms = await tx.taxonomyTerm.findMany({ select: { id: true, kind: true, key: true } });
  const organisations = await tx.organisation.findMany({ select: { id: true, key: true } });
  const collections = await tx.collection.findMany({ select: { id: true, slug: true } });
  const termId = new Map(terms.map((t) => [`${t.kind}:${t.key}`, t.id]));
  const organisationId = new Map(organisations.map((o) => [o.key, o.id]));
  const collectionId = new Map(collections.map((c) => [c.slug, c.id]));
  const need = <T>(map: Map<string, T>, key: string) => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`Seed: unknown key ${key}`);
    return value;
  };
  return {
    term: (kind: keyof typeof taxonomyKindToDb, key: string) => need(termId, `${taxonomyKindToDb[kind]}:${key}`),
    organisation: (key: string) => need(organisationId, key),
    collection: (slug: string) => need(collectionId, slug),
  };
}

export type Lookups = Awaited<ReturnType<typeof lookups>>;

