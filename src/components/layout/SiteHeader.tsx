// Site name, main navigation and the language switcher, on every page.
import { useTranslations } from "next-intl";
import { PlainLink } from "@/i18n/PlainLink";
import { LocaleSwitcher } from "./LocaleSwitcher";

export function SiteHeader() {
  const t = useTranslations("Layout");
  return (
    <header className="border-b border-slate-200 bg-brand text-white print:border-slate-400 print:bg-white print:text-black">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <PlainLink href="/" className="text-xl font-bold tracking-tight underline-offset-4 hover:underline">
          {t("siteName")}
        </PlainLink>
        <nav aria-label={t("mainNavigation")} className="print:hidden">
          <ul className="flex gap-4">
            <li>
              <PlainLink href="/models" className="underline-offset-4 hover:underline">
                {t("models")}
              </PlainLink>
            </li>
          </ul>
        </nav>
        <div className="print:hidden">
          <LocaleSwitcher />
        </div>
      </div>
    </header>
  );
}
