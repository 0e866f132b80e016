"use client";
// When even the page frame fails. It replaces the whole document, outside next-intl, so it
// takes its words from the message file of the address's language. That file is imported when
// this page is first shown, not before: imported statically, all three message files would
// be in the JavaScript of every page (47 KiB gzipped), for a page that is almost never seen.
import { useParams } from "next/navigation";
import { use } from "react";
import { defaultLocale, isLocale, type Locale } from "@/domain/locale";
import { routing } from "@/i18n/routing";
import type messages from "../../messages/fi.json";
import "./globals.css";

type ErrorMessages = (typeof messages)["ErrorPage"];

const messageFiles: Record<Locale, () => Promise<{ default: typeof messages }>> = {
  fi: () => import("../../messages/fi.json"),
  sv: () => import("../../messages/sv.json"),
  en: () => import("../../messages/en.json"),
};
const loaded = new Map<Locale, Promise<ErrorMessages>>();

/** The same promise for a locale every time, as use() needs. */
function errorMessages(locale: Locale): Promise<ErrorMessages> {
  let promise = loaded.get(locale);
  if (!promise) {
    promise = messageFiles[locale]().then((file) => file.default.ErrorPage);
    loaded.set(locale, promise);
  }
  return promise;
}

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const requested = useParams<{ locale?: string }>()?.locale ?? "";
  const locale = isLocale(requested) ? requested : defaultLocale;
  const t = use(errorMessages(locale));
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
