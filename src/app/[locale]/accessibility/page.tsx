// The accessibility statement, with its feedback form and, when the operator has configured
// one, the feedback address.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SitePageView } from "@/components/site-pages/SitePageView";
import { env } from "@/env";
import { catalogue } from "@/catalogue";
import { storedFileHref } from "@/domain/documents";
import { getPathname } from "@/i18n/navigation";
import { PlainLink } from "@/i18n/PlainLink";
import { localeFrom } from "@/i18n/params";
import { sitePage, sitePageMetadata } from "../_components/site-page";
import { FeedbackForm } from "./FeedbackForm";
import { FormMessages } from "@/i18n/FormMessages";

type Props = { params: Promise<{ locale: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return sitePageMetadata(params, "accessibility");
}

export default async function AccessibilityPage({ params }: Props) {
  const locale = await localeFrom(params);
  const page = await sitePage(params, "accessibility");
  const t = await getTranslations("AccessibilityPage");
  const email = env.PALASET_FEEDBACK_EMAIL;
  const inaccessible = await catalogue().listInaccessibleDocuments();
  return (
    <SitePageView page={page}>
      {inaccessible.length > 0 && (
        <section aria-labelledby="inaccessible-documents" className="max-w-3xl space-y-2">
          <h2 id="inaccessible-documents" className="text-xl font-bold">
            {t("inaccessibleDocuments")}
          </h2>
          <p>{t("inaccessibleDocumentsLead")}</p>
          <ul className="list-disc space-y-1 pl-6">
            {inaccessible.map((d) => (
              <li key={`${d.checksum}-${d.modelSlug}`}>
                <a href={storedFileHref(d.checksum)} className="text-brand underline">
                  {d.title}
                </a>{" "}
                (
                <PlainLink href={{ pathname: "/models/[slug]", params: { slug: d.modelSlug } }} className="text-brand underline" lang={d.locale === locale ? undefined : d.locale}>
                  {d.modelName}
                </PlainLink>
                )
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="feedback-title" className="max-w-3xl rounded-lg border border-slate-300 p-4">
        <h2 id="feedback-title" className="text-xl font-bold">
          {t("feedback")}
        </h2>
        <FormMessages namespace="AccessibilityPage">
          <FeedbackForm locale={locale} page={getPathname({ href: "/accessibility", locale })} />
        </FormMessages>
        {email && (
          <p className="mt-4">
            {t("feedbackTo")}{" "}
            <a href={`mailto:${email}`} className="text-brand underline">
              {email}
            </a>
          </p>
        )}
      </section>
    </SitePageView>
  );
}
