"use client";
// When a page fails while it renders: say so in the reader's language, offer to try again and
// a way back to the search. (A database that is down never gets this far: the proxy answers
// 503 first.)
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("ErrorPage");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      <p>{t("description")}</p>
      <p className="flex flex-wrap gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 font-semibold text-white">
          {t("retry")}
        </button>
        <Link href="/models" className="self-center font-semibold text-brand underline underline-offset-4">
          {t("toCatalogue")}
        </Link>
      </p>
    </div>
  );
}
