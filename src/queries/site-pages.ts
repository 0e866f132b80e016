// Site pages (about, accessibility statement, evaluation framework) in the reader's language.
import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import { pickTranslation, type Locale } from "@/domain/locale";
import { renderMarkdown } from "@/domain/markdown";

export type SitePageKey = "about" | "accessibility" | "framework";

// cache(): generateMetadata and the page share one query per request.
export const getSitePage = cache(async (locale: Locale, key: SitePageKey) => {
  const row = await getDb().sitePage.findFirst({
    where: { key, state: "PUBLISHED" },
    include: { translations: { include: { sections: true } } },
  });
  const text = row && pickTranslation(row.translations, locale);
  if (!row || !text) return null;
  return {
    locale: text.locale,
    title: text.title,
    lead: text.lead,
    html: renderMarkdown(text.body),
    sections: new Map(text.sections.map((s) => [s.key, renderMarkdown(s.body)])),
    updatedAt: row.updatedAt,
  };
});
