// Changing one's own password in the working area.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/auth/session";
import { localeFrom } from "@/i18n/params";
import type { PageSearchParams } from "../../_components/record-page";
import { PasswordForm } from "./PasswordForm";

type Props = { params: Promise<{ locale: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "PasswordPage" });
  return { title: t("title") };
}

export default async function PasswordPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  await requireViewer(locale, "/editorial/password");
  const t = await getTranslations("PasswordPage");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      <p>{t("lead")}</p>
      {(await searchParams).changed === "1" && <p role="status" className="font-semibold text-green-900">{t("changed")}</p>}
      <PasswordForm locale={locale} />
    </div>
  );
}
