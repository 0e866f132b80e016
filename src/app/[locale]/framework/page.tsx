// The evaluation framework: THL's three dimensions of participation, each with an anchor
// (#own-life, …) that every evaluation summary links to.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DocumentBody } from "@/components/layout/TextDocument";
import { SitePageView } from "@/components/site-pages/SitePageView";
import { dimensionKeys } from "@/domain/model";
import { sitePage, sitePageMetadata } from "../_components/site-page";

type Props = { params: Promise<{ locale: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return sitePageMetadata(params, "framework");
}

export default async function FrameworkPage({ params }: Props) {
  const page = await sitePage(params, "framework");
  const t = await getTranslations("ModelPage.evaluation");
  return (
    <SitePageView page={page}>
      {dimensionKeys.map((key, i) => (
        <section key={key} id={key} aria-labelledby={`${key}-title`} className="scroll-mt-4 border-t border-slate-200 pt-6">
          <h2 id={`${key}-title`} className="mb-3 text-2xl font-bold">
            {i + 1}. {t(`dimensions.${key}`)}
          </h2>
          <DocumentBody textLocale={page.locale} html={page.sections[key] ?? ""} />
        </section>
      ))}
    </SitePageView>
  );
}
