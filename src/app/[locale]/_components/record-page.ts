// What the pages of one record (a model, a collection, a theme article) share: their route's
// props, the record in the reader's language or the localized 404, and their metadata.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Locale } from "@/domain/locale";
import { pageMetadata } from "@/i18n/metadata";
import { localeAndSlugFrom } from "@/i18n/params";

/** A page's query string as Next.js gives it. */
export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>;
export type RecordPageProps = { params: Promise<{ locale: string; slug: string }>; searchParams: PageSearchParams };
type Params = RecordPageProps["params"];

/**
 * A record's route: `load` gives the page its record (or the localized 404), `metadata` is its
 * generateMetadata: the record's title and description, and its address in every language.
 */
export function recordRoute<T>(
  pathname: "/models/[slug]" | "/collections/[slug]" | "/themes/[slug]",
  read: (locale: Locale, slug: string) => Promise<T | null>,
  describe: (record: T) => { title: string; description: string; type?: "website" | "article" },
) {
  return {
    async load(params: Params): Promise<{ locale: Locale; slug: string; record: T }> {
      const { locale, slug } = await localeAndSlugFrom(params);
      const record = await read(locale, slug);
      if (record === null) notFound();
      return { locale, slug, record };
    },
    async metadata({ params }: { params: Params }): Promise<Metadata> {
      const { locale, slug } = await localeAndSlugFrom(params);
      const record = await read(locale, slug);
      return pageMetadata(record && describe(record), { pathname, params: { slug } }, locale);
    },
  };
}
