// The root boundary for unauthorized(), which nothing calls: the working area sends a reader
// who is not signed in to the sign-in page.
import { getTranslations } from "next-intl/server";
import { RootBoundary } from "@/components/layout/RootBoundary";

export default async function RootUnauthorized() {
  const t = await getTranslations("SignInPage");
  return <RootBoundary title={t("title")} link={{ href: "/sign-in", label: t("title") }} />;
}
