// The accessibility statement, with the feedback address the operator has configured.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SitePageView } from "@/components/site-pages/SitePageView";
import { env } from "@/env";
import { sitePage, sitePageMetadata } from "../_components/site-page";

type Props = { params: Promise<{ locale: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return sitePageMetadata(params, "accessibility");
}

export default async function AccessibilityPage({ params }: Props) {
  const page = await sitePage(params, "accessibility");
  const t = await getTranslations("AccessibilityPage");
  const email = env.PALASET_FEEDBACK_EMAIL;
  return (
    <SitePageView page={page}>
      <section aria-labelledby="feedback-title" className="max-w-3xl rounded-lg border border-slate-300 p-4">
        <h2 id="feedback-title" className="text-xl font-bold">
          {t("feedback")}
        </h2>
        <p className="mt-2">
          {email ? (
            <>
              {t("feedbackTo")}{" "}
              <a href={`mailto:${email}`} className="text-brand underline">
                {email}
              </a>
            </>
          ) : (
            t("noFeedbackAddress")
          )}
        </p>
      </section>
    </SitePageView>
  );
}
