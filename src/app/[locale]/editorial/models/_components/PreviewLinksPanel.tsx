// A model's preview links (src/editorial/preview-links.ts): those still in force, each with a
// way to revoke it, and a form to make one. Shown to those who may manage them.
import { getFormatter, getTranslations } from "next-intl/server";
import type { Viewer } from "@/auth/permissions";
import type { Locale } from "@/domain/locale";
import { editorial } from "@/editorial/app";
import { defaultPreviewDays } from "@/editorial/preview-links";
import { revokePreviewLinkAction } from "../preview-link-actions";
import { PreviewLinkForm } from "./PreviewLinkForm";

type Props = { locale: Locale; modelId: string; viewer: Viewer };

export async function PreviewLinksPanel({ locale, modelId, viewer }: Props) {
  const [links, t, format] = await Promise.all([editorial.previewLinks.list(viewer, modelId), getTranslations("PreviewLinks"), getFormatter()]);
  const date = (moment: Date) => format.dateTime(moment, { dateStyle: "long", timeZone: "Europe/Helsinki" });
  return (
    <section aria-labelledby="preview-links-title" className="space-y-3 rounded-lg border border-slate-300 p-4" id="preview-links">
      <h2 id="preview-links-title" className="text-xl font-bold">{t("title")}</h2>
      <p className="max-w-3xl">{t("lead")}</p>
      <PreviewLinkForm locale={locale} modelId={modelId} defaultDays={defaultPreviewDays} />
      <h3 className="font-semibold">{t("active")}</h3>
      {links.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="space-y-2">
          {links.map((link) => (
            <li key={link.id} className="flex flex-wrap items-center gap-3">
              <span id={`preview-link-${link.id}`}>{t("entry", { label: link.label, maker: link.createdByName, created: date(link.createdAt), until: date(link.expiresAt) })}</span>
              <form action={revokePreviewLinkAction}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="id" value={modelId} />
                <input type="hidden" name="link" value={link.id} />
                <button type="submit" aria-describedby={`preview-link-${link.id}`} className="rounded border border-brand px-3 py-1 text-sm font-semibold text-brand hover:bg-slate-100">
                  {t("revoke")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
