// The root boundary for notFound() thrown above the locale's own (src/app/[locale]/not-found.tsx).
import { getTranslations } from "next-intl/server";
import { RootBoundary } from "@/components/layout/RootBoundary";

export default async function RootNotFound() {
  const t = await getTranslations("NotFoundPage");
  return <RootBoundary title={t("title")} link={{ href: "/models", label: t("toCatalogue") }} />;
}
