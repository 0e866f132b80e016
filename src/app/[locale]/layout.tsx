// Every page under a locale: the site frame in that language, and the site's title and description.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFrame } from "@/components/layout/SiteFrame";
import { feedAlternate } from "@/i18n/metadata";
import { localeFrom } from "@/i18n/params";
import { siteOrigin } from "@/public-url";
import "../globals.css";

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
  return <SiteFrame locale={await localeFrom(params)}>{children}</SiteFrame>;
}
