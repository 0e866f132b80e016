// Sign-in to the working area: e-mail and password. A signed-in reader goes straight on.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { sessions } from "@/auth/app";
import { returnTo } from "@/auth/return-to";
import { currentViewer } from "@/auth/session";
import { getPathname, Link } from "@/i18n/navigation";
import { localeFrom } from "@/i18n/params";
import type { PageSearchParams } from "../_components/record-page";
import { SignInForm, type SignInError } from "./_components/SignInForm";
import { FormMessages } from "@/i18n/FormMessages";

type Props = { params: Promise<{ locale: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "SignInPage" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** What the form posted without JavaScript comes back with (see /api/sign-in). */
const querySchema = z.object({
  next: z.string().optional().catch(undefined),
  error: z.enum(["invalid", "throttled", "sso"]).optional().catch(undefined),
  minutes: z.coerce.number().int().min(1).max(60 * 24).optional().catch(undefined),
  signedOut: z.literal("1").optional().catch(undefined),
  passwordSet: z.literal("1").optional().catch(undefined),
});

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const query = querySchema.parse(Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const next = returnTo(query.next, getPathname({ href: "/editorial", locale }));
  if (await currentViewer()) redirect(next);
  const [t, done] = await Promise.all([getTranslations("SignInPage"), getTranslations("SetPasswordPage")]);
  const notice = query.signedOut ? t("signedOut") : query.passwordSet ? done("done") : null;
  const initialError: SignInError | null =
    query.error === "throttled" ? { kind: "throttled", minutes: query.minutes ?? 15 } : query.error ? { kind: query.error } : null;
  const sso = await sessions.singleSignOnOrganisation();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      <p className="max-w-2xl text-lg text-slate-700">{t("lead")}</p>
      {sso && (
        <p>
          <a href={`/api/sign-in/sso?${new URLSearchParams({ locale, next })}`} className="inline-block rounded border-2 border-brand px-4 py-2 font-semibold text-brand hover:bg-slate-100">
            {t("sso", { organisation: sso.name })}
          </a>
        </p>
      )}
      <FormMessages namespace="SignInPage">
        <SignInForm locale={locale} next={next} initialError={initialError} notice={notice} />
      </FormMessages>
      <p>
        <Link href="/forgot-password" className="text-brand underline">
          {t("forgot")}
        </Link>
      </p>
    </div>
  );
}
