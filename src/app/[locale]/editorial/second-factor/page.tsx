// Setting up a second factor: required before anything else for admins, coordinators,
// publishers and org-admins; open to editors.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolesNeedSecondFactor } from "@/auth/permissions";
import { requireViewer } from "@/auth/session";
import { Link } from "@/i18n/navigation";
import { localeFrom } from "@/i18n/params";
import { EnrolmentForm } from "./EnrolmentForm";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "SecondFactorPage" });
  return { title: t("title") };
}

export default async function SecondFactorPage({ params }: Props) {
  const locale = await localeFrom(params);
  const viewer = await requireViewer(locale, "/editorial/second-factor");
  const t = await getTranslations("SecondFactorPage");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      {viewer.twoFactorEnabled ? (
        <div className="space-y-3">
          <p role="status" className="font-semibold">{t("enabled")}</p>
          <Link href="/editorial" className="text-brand underline">{t("continue")}</Link>
        </div>
      ) : (
        <>
          <p className="max-w-2xl">{rolesNeedSecondFactor(viewer) ? t("required") : t("optional")}</p>
          <EnrolmentForm />
        </>
      )}
    </div>
  );
}
