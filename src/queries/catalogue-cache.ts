// Results computed from the catalogue, kept in this server's memory until the catalogue
// changes. Every write to a catalogue table bumps CatalogueRevision (a trigger, see
// prisma/schema.prisma), and the revision is part of each cache key, so a result is never
// served after the data it came from has changed, whoever changed it.
import "server-only";
import { LRUCache } from "lru-cache";
import { cache } from "react";
import { getDb, type Db } from "@/db/client";

/** The catalogue's revision, read once per request. */
const catalogueRevision = cache(async (): Promise<bigint> => {
  const row = await getDb().catalogueRevision.findUnique({ where: { id: 1 }, select: { revision: true } });
  return row?.revision ?? 0n;
});

type Options<Args extends unknown[], Result> = {
  /** The arguments as a string: equal keys must mean equal results. */
  key: (...args: Args) => string;
  /** The room one result takes, in the units of `capacity`. */
  size: (result: Result) => number;
  capacity: number;
};

/**
 * `compute`, with its results kept per catalogue revision. Results of older revisions are no
 * longer asked for and leave as the least recently used. Concurrent calls with the same key
 * share one computation.
 */
export function cachedByRevision<Args extends unknown[], Result extends object>(
  compute: (...args: Args) => Promise<Result>,
  { key, size, capacity }: Options<Args, Result>,
): (...args: Args) => Promise<Result> {
  // One cache per database client: results of one database never answer for another (the
  // tests switch between an embedded database and a server in one process).
  const caches = new WeakMap<Db, LRUCache<string, Result, { args: Args }>>();
  const cacheOf = (db: Db) => {
    let results = caches.get(db);
    if (!results) {
      results = new LRUCache({
        maxSize: capacity,
        // A result bigger than this (a whole-catalogue CSV export) is computed but not kept.
        maxEntrySize: capacity / 10,
        sizeCalculation: (result) => Math.max(1, size(result)),
        fetchMethod: (_key, _stale, { context }) => compute(...context.args),
      });
      caches.set(db, results);
    }
    return results;
  };
  return async (...args) => {
    const revision = await catalogueRevision();
    const result = await cacheOf(getDb()).fetch(`${revision}\u0000${key(...args)}`, { context: { args } });
    // fetch() leaves a result out only when fetchMethod returns undefined, which compute cannot.
    if (result === undefined) throw new Error("the cached computation returned nothing");
    return result;
  };
}
