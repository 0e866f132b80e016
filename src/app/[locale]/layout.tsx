// Every page under a locale: the site frame in that language, and the site's title and description.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFrame } from "@/components/layout/SiteFrame";
import { localeFrom } from "@/i18n/params";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = await getTranslations({ locale, namespace: "Layout" });
  return { title: { template: `%s – ${t("siteName")}`, default: t("siteName") }, description: t("siteDescription") };
}

export default async function LocaleLayout({ children, params }: Props) {
  return <SiteFrame locale={await localeFrom(params)}>{children}</SiteFrame>;
}
