// The result count, the hits with their snippets, and help when nothing matched.
import { useLocale, useTranslations } from "next-intl";
import { ModelCard } from "@/components/models/ModelCard";
import { emptyFilters, serializeSearch, type SearchParams } from "@/search/params";
import { splitSnippet } from "@/search/snippet";
import { PlainLink } from "@/i18n/PlainLink";
import type { SearchResult } from "@/search/types";
import { searchHref, type SearchBase } from "./base";

type Props = {
  base: SearchBase;
  search: SearchParams;
  result: SearchResult;
  /** A visible heading for the results; the catalogue page's is for screen readers only. */
  title?: string;
};

export function SearchHits({ base, search, result, title }: Props) {
  const t = useTranslations("ModelsPage");
  const locale = useLocale();
  const csv = serializeSearch(search, { page: 1 });
  csv.set("locale", locale);
  return (
    <section aria-labelledby="results-title" className="space-y-4">
      <h2 id="results-title" className={title ? "text-2xl font-bold" : "sr-only"}>
        {title ?? t("resultsTitle")}
      </h2>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p role="status" className="font-semibold">
          {search.q ? t("resultCountFor", { count: result.total, query: search.q }) : t("resultCount", { count: result.total })}
        </p>
        {result.total > 0 && (
          // nofollow: every search has its own export; crawlers should not fetch them all.
          <a href={`/api/models/csv?${csv.toString()}`} download rel="nofollow" className="text-sm text-brand underline print:hidden">
            {t("downloadCsv")}
          </a>
        )}
      </div>
      {result.total === 0 && (
        <div className="space-y-2">
          <p>{t("empty")}</p>
          {result.suggestions.length > 0 && (
            <p>
              {t("suggestions")}{" "}
              {result.suggestions.map((s, i) => (
                <span key={s.slug}>
                  {i > 0 && ", "}
                  <PlainLink href={{ pathname: "/models/[slug]", params: { slug: s.slug } }} className="text-brand underline">
                    {s.name}
                  </PlainLink>
                </span>
              ))}
            </p>
          )}
          <p>
            <PlainLink href={searchHref(base, { q: "", filters: emptyFilters(), sort: null, page: 1 })} className="text-brand underline">
              {t("clearSearch")}
            </PlainLink>
          </p>
        </div>
      )}
      <ol className="grid gap-4 sm:grid-cols-2">
        {result.hits.map((hit) => (
          <li key={hit.slug} className="hit">
            <ModelCard model={hit} />
            {hit.matchedInReport && <p className="px-1 text-sm text-slate-700">{t("matchedInReport")}</p>}
            {hit.snippet && (
              <p className="px-1 text-sm text-slate-700">
                {splitSnippet(hit.snippet).map((part, i) =>
                  part.marked ? (
                    <mark key={i} className="bg-amber-200">
                      {part.text}
                    </mark>
                  ) : (
                    part.text
                  ),
                )}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
