// The 404 page for addresses no route matches, and for records that do not exist (the proxy
// sends them here): rendered on the server in the reader's language, so a reader without
// JavaScript, a crawler and a screen reader all get its text. The locale is the one the proxy
// resolved from the address; Finnish when the request never passed the proxy. Next renders it
// as a page of its own (experimental.globalNotFound), not as a boundary sent with every page.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { NotFound } from "@/components/layout/NotFound";
import { SiteFrame } from "@/components/layout/SiteFrame";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NotFoundPage");
  const site = await getTranslations("Layout");
  return { title: `${t("title")} – ${site("siteName")}`, robots: { index: false } };
}

export default async function GlobalNotFound() {
  return (
    <SiteFrame locale={await getLocale()}>
      <NotFound />
    </SiteFrame>
  );
}
