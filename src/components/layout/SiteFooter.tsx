// Footer: what the site is and the licence of the descriptions.
import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("Layout");
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-700">
        <p>{t("footer")}</p>
      </div>
    </footer>
  );
}
