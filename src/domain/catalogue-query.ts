// The catalogue's URL parameters, validated: anything a browser can send gives a usable
// query, never an error page.
import { z } from "zod";

export const maxQueryLength = 200;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const schema = z.object({
  q: z.preprocess(
    firstValue,
    z
      .string()
      .catch("")
      .default("")
      .transform((q) => q.replace(/\s+/g, " ").trim().slice(0, maxQueryLength)),
  ),
});

export type CatalogueQuery = z.infer<typeof schema>;

export function parseCatalogueQuery(searchParams: Record<string, string | string[] | undefined>): CatalogueQuery {
  return schema.parse(searchParams);
}
