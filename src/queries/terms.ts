// Converts taxonomy rows to app terms in the reader's language. Shared by the query modules.
import { pickTranslation, type Locale } from "@/domain/locale";
import type { Term } from "@/domain/model";
import type { TaxonomyKind } from "@/generated/prisma/enums";

export const termInclude = { labels: true } as const;

export type TermRow = { key: string; kind: TaxonomyKind; position: number; labels: { locale: Locale; label: string }[] };

export function toTerm(row: TermRow, locale: Locale): Term {
  const label = pickTranslation(row.labels, locale);
  return { key: row.key, label: label?.label ?? row.key };
}

export function termsOfKind(rows: TermRow[], kind: TaxonomyKind, locale: Locale): Term[] {
  return rows
    .filter((row) => row.kind === kind)
    .sort((a, b) => a.position - b.position)
    .map((row) => toTerm(row, locale));
}
