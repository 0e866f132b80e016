// Footer: what the site is and the licence of the descriptions.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

const footerLinks = [
  { href: "/about", label: "about" },
  { href: "/framework", label: "framework" },
  { href: "/accessibility", label: "accessibility" },
] as const;

export function SiteFooter() {
  const t = useTranslations("Layout");
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-700">
        <p>{t("footer")}</p>
        <nav aria-label={t("footerNavigation")} className="mt-3">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {footerLinks.map(({ href, label }) => (
              <li key={href}>
                <Link href={href} className="text-brand underline underline-offset-4">
                  {t(`footerLinks.${label}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
