// The frame of a site page: title, lead, a note when the text is in Finnish, the body, and
// whatever the page adds after it.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { InLanguage, TranslationNotice } from "@/components/i18n/TranslatedText";
import { alternatesFor } from "@/i18n/alternates";
import { localeFrom } from "@/i18n/params";
import { getSitePage, type SitePageKey } from "@/queries/site-pages";

type Page = NonNullable<Awaited<ReturnType<typeof getSitePage>>>;

export function SitePageView({ page, children }: { page: Page; children?: ReactNode }) {
  return (
    <article className="space-y-6">
      <header>
        <InLanguage textLocale={page.locale}>
          <h1 className="text-3xl font-bold text-brand">{page.title}</h1>
          <p className="mt-3 max-w-3xl text-lg text-slate-700">{page.lead}</p>
        </InLanguage>
        <TranslationNotice textLocale={page.locale} />
      </header>
      <InLanguage textLocale={page.locale}>
        {/* Sanitized by renderMarkdown (src/domain/markdown.ts). */}
        <div className="prose-content max-w-3xl" dangerouslySetInnerHTML={{ __html: page.html }} />
      </InLanguage>
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
