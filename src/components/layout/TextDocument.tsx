// The parts every text page shares (collections, theme articles, site pages): a header with
// the title, the lead and a note when the text is shown in Finnish; a Markdown body.
import type { Locale } from "@/domain/locale";
import { InLanguage, TranslationNotice } from "@/components/i18n/TranslatedText";

export function DocumentHeader({ textLocale, title, lead }: { textLocale: Locale; title: string; lead: string }) {
  return (
    <header>
      <InLanguage textLocale={textLocale}>
        <h1 className="text-3xl font-bold text-brand">{title}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{lead}</p>
      </InLanguage>
      <TranslationNotice textLocale={textLocale} />
    </header>
  );
}

/** `html` must come from renderMarkdown (src/domain/markdown.ts), which sanitizes it. */
export function DocumentBody({ textLocale, html }: { textLocale: Locale; html: string }) {
  return (
    <InLanguage textLocale={textLocale}>
      <div className="prose-content max-w-3xl" dangerouslySetInnerHTML={{ __html: html }} />
    </InLanguage>
  );
}

/** A text page's header and body, one after the other. */
export function TextDocument({ textLocale, title, lead, html }: { textLocale: Locale; title: string; lead: string; html: string }) {
  return (
    <>
      <DocumentHeader textLocale={textLocale} title={title} lead={lead} />
      <DocumentBody textLocale={textLocale} html={html} />
    </>
  );
}
