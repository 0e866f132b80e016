// Links to the other pages of the same search.
import { useTranslations } from "next-intl";
import type { SearchParams } from "@/search/params";
import { PlainLink } from "@/i18n/PlainLink";
import type { SearchResult } from "@/search/types";
import { searchHref, type SearchBase } from "./base";

type Props = { base: SearchBase; search: SearchParams; result: SearchResult };

export function Pagination({ base, search, result }: Props) {
  const t = useTranslations("ModelsPage.pagination");
  if (result.pageCount <= 1) return null;
  const href = (page: number) => searchHref(base, search, { page });
  const pages = Array.from({ length: result.pageCount }, (_, i) => i + 1).filter(
    (p) => p === 1 || p === result.pageCount || Math.abs(p - result.page) <= 2,
  );
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap items-center gap-2">
        {result.page > 1 && (
          <li>
            <PlainLink href={href(result.page - 1)} rel="prev" className="rounded border px-3 py-1 text-brand underline">
              {t("previous")}
            </PlainLink>
          </li>
        )}
        {pages.map((page, i) => (
          <li key={page} className="flex items-center gap-2">
            {/* A gap in the numbers (1 … 7 8 9) is marked for the eye; the links' names say the rest. */}
            {i > 0 && page - (pages[i - 1] ?? page) > 1 && <span aria-hidden="true">…</span>}
            <PlainLink
              href={href(page)}
              aria-current={page === result.page ? "page" : undefined}
              aria-label={t("page", { page })}
              className={page === result.page ? "rounded bg-brand px-3 py-1 font-bold text-white" : "rounded border px-3 py-1 text-brand underline"}
            >
              {page}
            </PlainLink>
          </li>
        ))}
        {result.page < result.pageCount && (
          <li>
            <PlainLink href={href(result.page + 1)} rel="next" className="rounded border px-3 py-1 text-brand underline">
              {t("next")}
            </PlainLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
