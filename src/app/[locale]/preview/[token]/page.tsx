// A model's draft through a preview link, for someone without an account: the public page as
// it will look, under a notice that it is an unpublished draft and until when the link works.
// Never indexed or kept by a cache (src/i18n/private-routes.ts); an unknown, revoked or
// expired link gets the same "page not found", so a link's fate is not told to whoever holds it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ModelArticle } from "@/components/model-page/ModelArticle";
import { editorial } from "@/editorial/app";
import { previewTokenSchema } from "@/editorial/preview-links";
import { localeFrom } from "@/i18n/params";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "PreviewLinks" });
  return { title: t("pageTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function PreviewLinkPage({ params }: Props) {
  const locale = await localeFrom(params);
  const token = previewTokenSchema.safeParse((await params).token);
  const preview = token.success ? await editorial.previewLinks.open(token.data, locale) : null;
  if (!preview) notFound();
  const [t, format] = await Promise.all([getTranslations("PreviewLinks"), getFormatter()]);
  return (
    <div className="space-y-4">
      <p role="note" className="rounded border-2 border-amber-700 p-3 font-semibold">
        {t("notice", { until: format.dateTime(preview.expiresAt, { dateStyle: "long", timeZone: "Europe/Helsinki" }) })}
      </p>
      {preview.page ? <ModelArticle model={preview.page} locale={locale} related={[]} url="" /> : <p>{t("notReady")}</p>}
    </div>
  );
}
