// The rows the search SQL (./sql.ts) returns, as zod schemas: parsed, not asserted.
import { z } from "zod";
import { TaxonomyKind } from "@/generated/prisma/enums";
import { filterKeys } from "./params";

/** One row: the number of matches, the page shown, its models in order, and the facet counts. */
export const searchRow = z.object({
  total: z.number().int(),
  page: z.number().int(),
  /**
   * `tid` is the translation the reader is shown; `name` its name (name sorting needs it);
   * `inReport`: the query matched only in the model's evaluation report.
   */
  rows: z.array(z.object({ id: z.string(), tid: z.string().nullable(), slug: z.string(), name: z.string().nullable(), inReport: z.boolean() })),
  facets: z.array(z.object({ facet: z.enum(filterKeys), value: z.string(), count: z.number().int() })),
});

// Null when the query is only stop words ("vaikka"): a match by other means, no words to mark.
export const snippetRow = z.object({ tid: z.string(), snippet: z.string().nullable() });
export const nameRow = z.object({ slug: z.string(), name: z.string() });
export const termRow = z.object({ kind: z.enum(TaxonomyKind), key: z.string(), label: z.string() });
