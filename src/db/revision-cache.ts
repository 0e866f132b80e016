// Results computed from the catalogue, kept in this server's memory until the catalogue
// changes. Every write to a catalogue table bumps CatalogueRevision (statement triggers, see
// the migration catalogue_revision) inside the writing transaction, and the revision is part
// of every key, so no result outlives the data it came from, whoever wrote it and on whichever
// instance. Next's tag invalidation would reach only the process that wrote.
import { LRUCache } from "lru-cache";
import { cache as perRequest } from "react";
import { z } from "zod";
import { poolOf, type Db } from "./client";

/** The catalogue's revision: it moves with every committed write to a catalogue table. */
export async function readCatalogueRevision(db: Db): Promise<bigint> {
  const pool = poolOf(db);
  if (pool) {
    // Read on every request: straight through the pool (./client.ts says why).
    const { rows } = await pool.query('SELECT revision::text FROM "CatalogueRevision" WHERE id = 1');
    return BigInt(revisionRow.parse(rows[0] ?? { revision: "0" }).revision);
  }
  const row = await db.catalogueRevision.findUnique({ where: { id: 1 }, select: { revision: true } });
  return row?.revision ?? 0n;
}

const revisionRow = z.object({ revision: z.string().regex(/^\d+$/) });

/** A function of the catalogue, with its results kept per revision. */
export type Cached = <A extends unknown[], R>(name: string, compute: (...args: A) => Promise<R>) => (...args: A) => Promise<R>;

/** What a result takes in memory, near enough: JavaScript strings take two bytes a character. */
function approximateBytes(value: unknown): number {
  return 2 * (JSON.stringify(value, withCollections)?.length ?? 0) + 64;
}

/** JSON.stringify writes a Map or a Set as `{}`: measured by its entries instead. */
function withCollections(_key: string, value: unknown): unknown {
  return value instanceof Map || value instanceof Set ? [...value] : value;
}

/** Results of the catalogue, at most `maxBytes` of them: one store may serve several caches. */
export type ResultStore = LRUCache<string, { value: unknown }, () => Promise<unknown>>;

export function createResultStore(maxBytes: number): ResultStore {
  return new LRUCache<string, { value: unknown }, () => Promise<unknown>>({
    maxSize: maxBytes,
    // A result bigger than this (a whole-catalogue CSV export) is computed but not kept.
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 10)),
    sizeCalculation: (entry, key) => approximateBytes(entry.value) + 2 * key.length,
    fetchMethod: async (_key, _stale, { context: compute }) => ({ value: await compute() }),
  });
}

/**
 * One cache, at most `store`'s bytes of results (a number: a store of its own), shared by every
 * function it wraps. Results of older revisions are no longer asked for and leave as the least
 * recently used. Concurrent calls with the same arguments share one computation. A null result
 * (no such record) is computed each time, never kept. Caches that share a store share results:
 * right only when a result of one revision is the same wherever it is read, as on a primary and
 * its streaming replica, and only if each reads the revision where it reads the rows.
 */
export function createRevisionCache(readRevision: () => Promise<bigint>, store: number | ResultStore): Cached {
  // Read once per request, so that the parts of one page come from one revision.
  const revision = perRequest(readRevision);
  const results = typeof store === "number" ? createResultStore(store) : store;
  return <A extends unknown[], R>(name: string, compute: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const key = `${await revision()}\u0000${name}\u0000${JSON.stringify(args)}`;
      const entry = await results.fetch(key, { context: () => compute(...args) });
      if (!entry) throw new Error(`the cached computation ${name} returned nothing`);
      // "No such record" is not kept: asking for random slugs must not push out real pages.
      if (entry.value === null) results.delete(key);
      // The key begins with `name`, so the entry holds what `compute` returned.
      return entry.value as R;
    };
}
