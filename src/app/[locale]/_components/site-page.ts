// The site pages (about, accessibility statement, evaluation framework) are read and
// described alike: by their key, in the reader's language.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { catalogue } from "@/catalogue";
import type { SitePageKey } from "@/domain/model";
import type { SitePage } from "@/domain/pages";
import { pageMetadata } from "@/i18n/metadata";
import { localeFrom } from "@/i18n/params";

type Params = Promise<{ locale: string }>;

/** The page, or the localized 404 when it has not been published. */
export async function sitePage(params: Params, key: SitePageKey): Promise<SitePage> {
  const page = await catalogue().getSitePage(await localeFrom(params), key);
  if (!page) notFound();
  return page;
}

export async function sitePageMetadata(params: Params, key: SitePageKey): Promise<Metadata> {
  const locale = await localeFrom(params);
  const page = await catalogue().getSitePage(locale, key);
  return pageMetadata(page && { title: page.title, description: page.lead }, `/${key}`, locale);
}
