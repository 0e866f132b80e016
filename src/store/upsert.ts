// What every write of the store shares: the transaction it runs in, counts of what it did,
// and create / update / skip decided by a hash of the record's source.
import type { Prisma } from "@/generated/prisma/client";
import type { ReferenceInput } from "@/content/schema";

/** The transaction a caller gives: a seed run, or one editor's save. */
export type Tx = Prisma.TransactionClient;

export type WriteCounts = {
  created: number;
  updated: number;
  unchanged: number;
  archived: number;
  /** Records an editor changed since their last seed whose files changed too: kept as the editor left them. */
  conflicts: string[];
};
export const zero = (): WriteCounts => ({ created: 0, updated: 0, unchanged: 0, archived: 0, conflicts: [] });

export { hashJson } from "@/content/folders";

/** Creates, updates or skips a record by comparing its stored hash with `hash`, and counts it. */
export async function upsertByHash(
  counts: WriteCounts,
  stored: { id: string; sourceHash: string | null } | null,
  hash: string,
  write: { create: () => Promise<unknown>; update: (id: string) => Promise<unknown> },
) {
  if (!stored) {
    await write.create();
    counts.created++;
  } else if (stored.sourceHash !== hash) {
    await write.update(stored.id);
    counts.updated++;
  } else counts.unchanged++;
}

/** A bibliography as rows of the Reference table, in the order given. */
export const bibliographyRows = (list: ReferenceInput[]) =>
  list.map((r, position) => ({ position, title: r.title, authors: r.authors, year: r.year, publisher: r.publisher, url: r.url }));
