// The frame of a site page: title, lead, a note when the text is in Finnish, the body, and
// whatever the page adds after it.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DocumentBody, DocumentHeader } from "@/components/layout/TextDocument";
import { alternatesFor } from "@/i18n/alternates";
import { localeFrom } from "@/i18n/params";
import { getSitePage, type SitePageKey } from "@/queries/site-pages";

type Page = NonNullable<Awaited<ReturnType<typeof getSitePage>>>;

export function SitePageView({ page, children }: { page: Page; children?: ReactNode }) {
  return (
    <article className="space-y-6">
      <DocumentHeader textLocale={page.locale} title={page.title} lead={page.lead} />
      <DocumentBody textLocale={page.locale} html={page.html} />
      {children}
    </article>
  );
}

/** Title, description and language alternates of a site page. */
export async function sitePageMetadata(params: Promise<{ locale: string }>, key: SitePageKey): Promise<Metadata> {
  const locale = await localeFrom(params);
  const page = await getSitePage(locale, key);
  return page ? { title: page.title, description: page.lead, alternates: alternatesFor(`/${key}`, locale) } : {};
}
