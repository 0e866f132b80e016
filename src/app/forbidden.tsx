// The root boundary for forbidden() thrown outside the working area, which has its own.
import { getTranslations } from "next-intl/server";
import { RootBoundary } from "@/components/layout/RootBoundary";

export default async function RootForbidden() {
  const t = await getTranslations("EditorialLayout");
  const home = await getTranslations("NotFoundPage");
  return <RootBoundary title={t("forbidden")} link={{ href: "/models", label: home("toCatalogue") }} />;
}
