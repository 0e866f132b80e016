// Type-ahead suggestions for the search box: model names and taxonomy terms that start with,
// contain or closely resemble what has been typed, those that start with it first.
import "server-only";
import type { Db } from "@/db/client";
import { queryRows } from "@/db/raw";
import type { Locale } from "@/domain/locale";
import { filterOfTaxonomyKind } from "./facets";
import { nameRow, termRow } from "./rows";
import { namesLike, termsLike } from "./sql";
import type { SuggestedFilter, Suggestion } from "./types";

const suggestedFilters: readonly string[] = ["theme", "group", "county"] satisfies SuggestedFilter[];
const isSuggested = (filter: string | undefined): filter is SuggestedFilter => filter !== undefined && suggestedFilters.includes(filter);

/** Suggestions for `q` (at least two characters), at most `limit`. */
export async function suggest(db: Db, locale: Locale, q: string, limit = 8): Promise<Suggestion[]> {
  if (q.length < 2) return [];
  const [models, terms] = await Promise.all([
    queryRows(db, namesLike(locale, q, limit), nameRow),
    queryRows(db, termsLike(locale, q, limit), termRow),
  ]);
  const termSuggestions = terms.flatMap((t): Suggestion[] => {
    const filter = filterOfTaxonomyKind[t.kind];
    return isSuggested(filter) ? [{ kind: filter, label: t.label, value: t.key }] : [];
  });
  // Terms first but at most three of them, so that model names always show; and before both,
  // whatever starts with what has been typed, so that "kaik" gives Kaikukortti before the
  // merely similar Kainuu.
  const all = [...termSuggestions.slice(0, 3), ...models.map((m): Suggestion => ({ kind: "model", label: m.name, slug: m.slug }))];
  const typed = q.toLocaleLowerCase(locale);
  const startsWithTyped = (s: Suggestion) => s.label.toLocaleLowerCase(locale).startsWith(typed);
  return [...all.filter(startsWithTyped), ...all.filter((s) => !startsWithTyped(s))].slice(0, limit);
}
