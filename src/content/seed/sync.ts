// Helpers shared by the seed steps: the transaction type, create / update / skip by hash,
// and the per-locale texts of a record.
import { createHash } from "node:crypto";
import type { Locale } from "@/domain/locale";
import type { Prisma } from "@/generated/prisma/client";
import type { Catalogue, CatalogueStream } from "../load";
import type { ReferenceInput } from "../schema";

export type Tx = Prisma.TransactionClient;
/** What the seed takes: a loaded catalogue, or one whose models are still being read. */
export type SeedInput = Catalogue | CatalogueStream;
export type SeedCounts = { created: number; updated: number; unchanged: number; archived: number };
export type SeedReport = Record<
  "terms" | "organisations" | "collections" | "models" | "themeArticles" | "sitePages",
  SeedCounts
>;

export const zero = (): SeedCounts => ({ created: 0, updated: 0, unchanged: 0, archived: 0 });
export const hashJson = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

/** Decides create / update / skip from the stored hash, and counts it. */
export async function sync(
  counts: SeedCounts,
  stored: { id: string; sourceHash: string | null } | null,
  hash: string,
  create: () => Promise<unknown>,
  update: (id: string) => Promise<unknown>,
) {
  if (!stored) {
    await create();
    counts.created++;
  } else if (stored.sourceHash !== hash) {
    await update(stored.id);
    counts.updated++;
  } else counts.unchanged++;
}

export function textsOf<T>(texts: Partial<Record<Locale, T>>): [Locale, T][] {
  return (["fi", "sv", "en"] as const).flatMap((locale) => {
    const text = texts[locale];
    return text === undefined ? [] : [[locale, text] as [Locale, T]];
  });
}

export const references = (list: ReferenceInput[]) =>
  list.map((r, position) => ({ position, title: r.title, authors: r.authors, year: r.year, publisher: r.publisher, url: r.url }));

