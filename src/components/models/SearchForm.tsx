// A plain GET form into the catalogue: works without JavaScript, and the result is a
// shareable address (/fi/mallit?q=…).
import { useLocale, useTranslations } from "next-intl";
import { getPathname } from "@/i18n/navigation";

export function SearchForm({ defaultValue = "" }: { defaultValue?: string }) {
  const t = useTranslations("SearchForm");
  const locale = useLocale();
  return (
    <form role="search" action={getPathname({ href: "/models", locale })} method="get" className="flex max-w-xl gap-2">
      <label htmlFor="catalogue-search" className="sr-only">
        {t("label")}
      </label>
      <input
        id="catalogue-search"
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={200}
        placeholder={t("placeholder")}
        className="min-w-0 flex-1 rounded border border-slate-500 px-3 py-2"
      />
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        {t("submit")}
      </button>
    </form>
  );
}
