"use client";
// When even the page frame fails. It replaces the whole document, outside next-intl, so it
// takes its words from the message files directly, in the language of the address.
import { useParams } from "next/navigation";
import { defaultLocale, isLocale } from "@/domain/locale";
import { routing } from "@/i18n/routing";
import en from "../../messages/en.json";
import fi from "../../messages/fi.json";
import sv from "../../messages/sv.json";
import "./globals.css";

const messages = { fi: fi.ErrorPage, sv: sv.ErrorPage, en: en.ErrorPage };

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const requested = useParams<{ locale?: string }>()?.locale ?? "";
  const locale = isLocale(requested) ? requested : defaultLocale;
  const t = messages[locale];
  return (
    <html lang={locale}>
      <body className="p-8 font-sans">
        <main className="space-y-4">
          <h1 className="text-3xl font-bold text-brand">{t.title}</h1>
          <p>{t.description}</p>
          <p className="flex flex-wrap gap-4">
            <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 font-semibold text-white">
              {t.retry}
            </button>
            <a href={`/${locale}${routing.pathnames["/models"][locale]}`} className="self-center font-semibold text-brand underline underline-offset-4">
              {t.toCatalogue}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
