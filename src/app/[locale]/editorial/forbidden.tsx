// A signed-in person on a working-area page their roles do not open (HTTP 403).
import { useTranslations } from "next-intl";

export default function Forbidden() {
  const t = useTranslations("EditorialLayout");
  return <h1 className="text-2xl font-bold text-brand">{t("forbidden")}</h1>;
}
