// The page frame in the reader's language: <html lang>, skip link, header, footer. Every page
// has it: through the [locale] layout, and the 404 page for addresses no route matches.
import { NextIntlClientProvider, useMessages, useTranslations } from "next-intl";
import { publicClientMessages } from "@/i18n/client-messages";
import type { ReactNode } from "react";
import { siteOrigin } from "@/public-url";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

export function SiteFrame({ locale, children }: { locale: string; children: ReactNode }) {
  const t = useTranslations("Layout");
  const messages = useMessages();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        <NextIntlClientProvider messages={publicClientMessages(messages)}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2 focus:outline-2"
          >
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter origin={siteOrigin()} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
