// Links to the other pages of the same search.
import { useTranslations } from "next-intl";
import { serializeSearch, toQuery, type SearchParams } from "@/domain/search-params";
import { Link } from "@/i18n/navigation";
import type { SearchResult } from "@/queries/search";

export function Pagination({ search, result }: { search: SearchParams; result: SearchResult }) {
  const t = useTranslations("ModelsPage.pagination");
  if (result.pageCount <= 1) return null;
  const href = (page: number) => ({ pathname: "/models" as const, query: toQuery(serializeSearch(search, { page })) });
  const pages = Array.from({ length: result.pageCount }, (_, i) => i + 1).filter(
    (p) => p === 1 || p === result.pageCount || Math.abs(p - result.page) <= 2,
  );
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap items-center gap-2">
        {result.page > 1 && (
          <li>
            <Link href={href(result.page - 1)} rel="prev" className="rounded border px-3 py-1 text-brand underline">
              {t("previous")}
            </Link>
          </li>
        )}
        {pages.map((page) => (
          <li key={page}>
            <Link
              href={href(page)}
              aria-current={page === result.page ? "page" : undefined}
              aria-label={t("page", { page })}
              className={page === result.page ? "rounded bg-brand px-3 py-1 font-bold text-white" : "rounded border px-3 py-1 text-brand underline"}
            >
              {page}
            </Link>
          </li>
        ))}
        {result.page < result.pageCount && (
          <li>
            <Link href={href(result.page + 1)} rel="next" className="rounded border px-3 py-1 text-brand underline">
              {t("next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
