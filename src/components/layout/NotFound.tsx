// What a 404 says, with a way back into the catalogue.
import { useTranslations } from "next-intl";
import { PlainLink } from "@/i18n/PlainLink";

export function NotFound() {
  const t = useTranslations("NotFoundPage");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      <p>{t("description")}</p>
      <p>
        <PlainLink href="/models" className="font-semibold text-brand underline underline-offset-4">
          {t("toCatalogue")}
        </PlainLink>
      </p>
    </div>
  );
}
