// Site pages (about, accessibility statement, evaluation framework) in the reader's language.
import "server-only";
import type { Db } from "@/db/client";
import { pickTranslation, type Locale } from "@/domain/locale";
import { renderMarkdown } from "@/domain/markdown";
import type { SitePageKey } from "@/domain/model";
import type { SitePage } from "@/domain/pages";

export async function readSitePage(db: Db, locale: Locale, key: SitePageKey): Promise<SitePage | null> {
  const row = await db.sitePage.findFirst({
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
    sections: Object.fromEntries(text.sections.map((s) => [s.key, renderMarkdown(s.body)])),
    updatedAt: row.updatedAt,
  };
}
