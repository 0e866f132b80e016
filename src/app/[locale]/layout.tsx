// The page frame in the reader's language: <html lang>, skip link, header, footer.
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { feedAlternate } from "@/i18n/metadata";
import { localeFrom } from "@/i18n/params";
import { siteOrigin } from "@/public-url";
import "../globals.css";

// Every page reads the database, which is not there at build time.
export const dynamic = "force-dynamic";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: "Layout" });
  return {
    // Relative addresses in metadata (canonical, hreflang, OpenGraph) become absolute on this.
    metadataBase: new URL(siteOrigin()),
    title: { template: `%s – ${t("siteName")}`, default: t("siteName") },
    description: t("siteDescription"),
    alternates: { types: await feedAlternate(locale) },
    openGraph: { type: "website", siteName: t("siteName"), title: t("siteName"), description: t("siteDescription") },
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "32x32" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
    manifest: "/manifest.webmanifest",
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await localeFrom(params);
  const t = await getTranslations("Layout");
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        <NextIntlClientProvider>
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
