// Wraps text that may be in another language than the page (a missing translation falls back
// to Finnish): marks it with lang, and says so to the reader once.
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { Locale } from "@/domain/locale";

export function TranslationNotice({ textLocale }: { textLocale: Locale }) {
  const t = useTranslations("TranslationNotice");
  const pageLocale = useLocale();
  if (textLocale === pageLocale) return null;
  return (
    <p role="note" className="my-4 rounded border-l-4 border-accent bg-amber-50 px-4 py-2 text-sm">
      {t("notTranslated", { language: t(`languages.${textLocale}`) })}
    </p>
  );
}

/** A block whose text is in `textLocale`; gets lang only when it differs from the page. */
export function InLanguage({ textLocale, children, className }: { textLocale: Locale; children: ReactNode; className?: string }) {
  const pageLocale = useLocale();
  return (
    <div lang={textLocale === pageLocale ? undefined : textLocale} className={className}>
      {children}
    </div>
  );
}
