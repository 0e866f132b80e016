// The newest revision as its public page (the same ModelArticle) in the page's language, so
// that headings and labels are that language's too, marked as a preview. Never indexed: the
// working area is private (src/i18n/private-routes.ts).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/auth/session";
import { ModelArticle } from "@/components/model-page/ModelArticle";
import { editorial } from "@/editorial/app";
import { Link } from "@/i18n/navigation";
import { localeFrom } from "@/i18n/params";
import { openForViewer } from "../load";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "ModelEditor" });
  return { title: t("previewTitle") };
}

export default async function PreviewPage({ params }: Props) {
  const locale = await localeFrom(params);
  const { id } = await params;
  const viewer = await requireViewer(locale, { pathname: "/editorial/models/[id]/preview", params: { id } });
  await openForViewer(viewer, id);
  const preview = await editorial.preview(viewer, id, locale);
  const [t, languages] = await Promise.all([getTranslations("ModelEditor"), getTranslations("Languages")]);
  const back = (
    <Link href={{ pathname: "/editorial/models/[id]", params: { id } }} className="font-semibold text-brand underline">
      {t("backToForm")}
    </Link>
  );
  return (
    <div className="space-y-4">
      <p role="note" className="rounded border-2 border-amber-700 p-3 font-semibold">
        {t("previewNotice", { language: languages(locale) })} {back}
      </p>
      {preview?.page ? (
        <ModelArticle model={preview.page} locale={locale} related={[]} url="" />
      ) : (
        <p>{t("previewBlocked")}</p>
      )}
    </div>
  );
}
