// Forgotten password: a reset link by e-mail, or, where this installation sends no mail, where
// to get one instead.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { accountLinks } from "@/auth/account-links";
import { Link } from "@/i18n/navigation";
import { localeFrom } from "@/i18n/params";
import { ForgotPasswordForm } from "./ForgotPasswordForm";
import { FormMessages } from "@/i18n/FormMessages";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "ForgotPasswordPage" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function ForgotPasswordPage({ params }: Props) {
  const locale = await localeFrom(params);
  const t = await getTranslations("ForgotPasswordPage");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      {accountLinks.canMail() ? (
        <>
          <p className="max-w-2xl">{t("lead")}</p>
          <FormMessages namespace="ForgotPasswordPage">
            <ForgotPasswordForm locale={locale} />
          </FormMessages>
        </>
      ) : (
        <p className="max-w-2xl">{t("noMail")}</p>
      )}
      <p>
        <Link href="/sign-in" className="text-brand underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
