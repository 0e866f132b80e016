// Footer: what the site is, links to the site pages, and on paper the printed page's address.
import { useTranslations } from "next-intl";
import { PlainLink } from "@/i18n/PlainLink";
import { PrintFooter } from "./PrintFooter";

const footerLinks = [
  { href: "/about", label: "about" },
  { href: "/framework", label: "framework" },
  { href: "/accessibility", label: "accessibility" },
  { href: "/privacy", label: "privacy" },
] as const;

export function SiteFooter({ origin }: { origin: string }) {
  const t = useTranslations("Layout");
  return (
    <footer className="border-t border-slate-200 bg-slate-50 print:border-0 print:bg-white">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-700">
        <p>{t("footer")}</p>
        <nav aria-label={t("footerNavigation")} className="mt-3 print:hidden">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {footerLinks.map(({ href, label }) => (
              <li key={href}>
                <PlainLink href={href} className="text-brand underline underline-offset-4">
                  {t(`footerLinks.${label}`)}
                </PlainLink>
              </li>
            ))}
          </ul>
        </nav>
        <PrintFooter origin={origin} />
      </div>
    </footer>
  );
}
