// One titled part of a model page; an empty part says so instead of showing a bare heading.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export function PageSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4 border-t border-slate-200 pt-6">
      <h2 id={`${id}-title`} className="mb-3 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function MarkdownBody({ html }: { html: string | null }) {
  const t = useTranslations("ModelPage");
  if (html === null) return <p className="italic text-slate-600">{t("notDescribed")}</p>;
  // Sanitized by renderMarkdown (src/domain/markdown.ts).
  return <div className="prose-content max-w-3xl" dangerouslySetInnerHTML={{ __html: html }} />;
}
