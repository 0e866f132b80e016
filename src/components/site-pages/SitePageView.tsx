// The frame of a site page: title, lead, a note when the text is in Finnish, the body, and
// whatever the page adds after it.
import type { ReactNode } from "react";
import { TextDocument } from "@/components/layout/TextDocument";
import type { SitePage } from "@/domain/pages";

export function SitePageView({ page, children }: { page: SitePage; children?: ReactNode }) {
  return (
    <article className="space-y-6">
      <TextDocument textLocale={page.locale} title={page.title} lead={page.lead} html={page.html} />
      {children}
    </article>
  );
}
