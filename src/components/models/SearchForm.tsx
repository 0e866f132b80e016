// A plain GET form into the catalogue: works without JavaScript, and the result is a
// shareable address (/fi/mallit?q=…). With JavaScript the field suggests as you type, once
// the type-ahead's code has loaded after the page (./SearchField).
import { useLocale, useTranslations } from "next-intl";
import { getPathname } from "@/i18n/navigation";
import type { SearchBase } from "@/components/search/base";
import { SearchField } from "./SearchField";

type Props = {
  defaultValue?: string;
  /** The page the search runs on: the catalogue, or a collection or theme page. */
  base?: SearchBase;
};

export function SearchForm({ defaultValue = "", base = { pathname: "/models" } }: Props) {
  const t = useTranslations("SearchForm");
  const locale = useLocale();
  return (
    <form role="search" action={getPathname({ href: base, locale })} method="get" className="flex max-w-xl gap-2">
      <label htmlFor="catalogue-search" className="sr-only">
        {t("label")}
      </label>
      {/* Keyed, so that the field shows the new query after a link changes it. */}
      <SearchField key={defaultValue} defaultValue={defaultValue} />
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        {t("submit")}
      </button>
    </form>
  );
}
