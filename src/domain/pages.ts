// App types of the text pages besides models: collections, theme articles, site pages. Their
// HTML comes from renderMarkdown (./markdown.ts), which sanitizes it.
import type { Locale } from "./locale";
import type { Localized, ModelCard, Reference, Term } from "./model";

export type CollectionSummary = Localized<{ slug: string; name: string; summary: string; modelCount: number }>;
export type CollectionPage = Localized<{ slug: string; name: string; summary: string; html: string }>;

export type ThemeArticleSummary = Localized<{ slug: string; title: string; lead: string }>;
export type ThemeArticlePage = ThemeArticleSummary & {
  html: string;
  /** The theme whose models the article's page searches, when it has one. */
  themeKey: string | null;
  models: ModelCard[];
  references: Reference[];
};

export type SitePage = {
  locale: Locale;
  title: string;
  lead: string;
  html: string;
  /** The named parts of the page as HTML, by key (the framework page's dimensions). */
  sections: Record<string, string>;
  updatedAt: Date;
};

/** A published record's address key and when it last changed, for the sitemap and the feed. */
export type DatedRecord = { slug: string; updatedAt: Date };

/** A model as the Atom feed announces it. */
export type FeedEntry = Localized<{
  slug: string;
  name: string;
  shortDescription: string;
  publishedAt: Date;
  updatedAt: Date;
  developers: string[];
  themes: Term[];
}>;
