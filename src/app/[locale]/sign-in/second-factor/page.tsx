// The second step of signing in, for people with a second factor: the code from their app.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { returnTo } from "@/auth/return-to";
import { getPathname, Link } from "@/i18n/navigation";
import { localeFrom } from "@/i18n/params";
import type { PageSearchParams } from "../../_components/record-page";
import { SecondFactorForm } from "./SecondFactorForm";
import { FormMessages } from "@/i18n/FormMessages";

type Props = { params: Promise<{ locale: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "SecondFactorSignIn" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function SecondFactorSignInPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const query = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const next = returnTo(first(query.next), getPathname({ href: "/editorial", locale }));
  const t = await getTranslations("SecondFactorSignIn");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      <p>{t("lead")}</p>
      <FormMessages namespace="SecondFactorSignIn">
        <SecondFactorForm locale={locale} next={next} invalid={first(query.error) === "invalid"} />
      </FormMessages>
      <p>
        <Link href={{ pathname: "/sign-in", query: { next } }} className="text-brand underline">
          {t("restart")}
        </Link>
      </p>
    </div>
  );
}
