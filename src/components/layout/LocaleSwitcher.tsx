"use client";
// Links to the same page in the other languages (localized paths, same slug).
import { useLocale, useTranslations } from "next-intl";
import { useParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

export function LocaleSwitcher() {
  const t = useTranslations("LocaleSwitcher");
  const current = useLocale();
  const pathname = usePathname();
  const params = useParams();
  // On a 404 page no route matched, so a pathname like /models/[slug] has no slug to fill in:
  // the other languages' front pages are the nearest match.
  const fits = [...pathname.matchAll(/\[(\w+)\]/g)].every(([, key]) => key !== undefined && key in params);
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-3 text-sm">
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              // The params are the current route's own, so they fit its pathname.
              // @ts-expect-error -- next-intl cannot check params against a pathname known only at run time
              href={fits ? { pathname, params } : "/"}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
              className={locale === current ? "font-bold underline underline-offset-4" : "underline-offset-4 hover:underline"}
            >
              {t(locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
