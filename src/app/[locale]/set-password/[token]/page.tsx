// Choosing a password through a one-time link: an invitation, or a password reset.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { accountLinks } from "@/auth/account-links";
import { Link } from "@/i18n/navigation";
import { localeFrom } from "@/i18n/params";
import { SetPasswordForm } from "./SetPasswordForm";
import { FormMessages } from "@/i18n/FormMessages";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "SetPasswordPage" });
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function SetPasswordPage({ params }: Props) {
  const locale = await localeFrom(params);
  const { token } = await params;
  const [email, t, forgot] = await Promise.all([accountLinks.emailOf(token), getTranslations("SetPasswordPage"), getTranslations("ForgotPasswordPage")]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      {email ? (
        <>
          <p className="max-w-2xl">{t("lead", { email })}</p>
          <FormMessages namespace="SetPasswordPage">
            <SetPasswordForm locale={locale} token={token} />
          </FormMessages>
        </>
      ) : (
        <p>
          {t("invalid")}{" "}
          <Link href="/forgot-password" className="text-brand underline">
            {forgot("title")}
          </Link>
        </p>
      )}
    </div>
  );
}
