// Publishes made without a second reviewer (src/editorial/unreviewed.ts), for the
// organisation's publishers and admins and the service's admins to read and mark checked:
// unchecked ones first, each with its reason and a link to the model.
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { may } from "@/auth/permissions";
import { requireViewer } from "@/auth/session";
import { editorial } from "@/editorial/app";
import { Link } from "@/i18n/navigation";
import { localeFrom } from "@/i18n/params";
import type { PageSearchParams } from "../../_components/record-page";
import { markCheckedAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "Unreviewed" });
  return { title: t("title") };
}

export default async function UnreviewedPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const viewer = await requireViewer(locale, "/editorial/unreviewed");
  if (!may(viewer, "publication.check")) forbidden();
  const [publications, t, format, query] = await Promise.all([editorial.unreviewed.list(viewer), getTranslations("Unreviewed"), getFormatter(), searchParams]);
  const marked = typeof query.marked === "string" && publications.some((p) => p.id === query.marked && p.checkedAt);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short" });
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      <p>{t("lead")}</p>
      {marked && <p role="status">{t("marked")}</p>}
      {publications.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-4">
          {publications.map((p) => (
            <li key={p.id}>
              <article aria-labelledby={`unreviewed-${p.id}`} className="rounded-lg border border-slate-300 p-4">
                <h2 id={`unreviewed-${p.id}`} className="font-bold">
                  <Link href={{ pathname: "/editorial/models/[id]", params: { id: p.modelId } }} className="text-brand underline">
                    {p.modelName}
                  </Link>
                </h2>
                <p className="text-sm">{t("published", { name: p.publisherName, date: when(p.createdAt), revision: p.revision })}</p>
                <p className="mt-2">
                  <strong>{t("reason")}:</strong> <span className="whitespace-pre-wrap">{p.reason}</span>
                </p>
                {p.checkedAt ? (
                  <p className="mt-3 text-sm">{t("checkedBy", { name: p.checkedByName ?? "", date: when(p.checkedAt) })}</p>
                ) : (
                  <form action={markCheckedAction} className="mt-3 flex items-center gap-3">
                    <span className="text-sm font-semibold">{t("open")}</span>
                    <input type="hidden" name="id" value={p.id} />
                    <input type="hidden" name="locale" value={locale} />
                    <button type="submit" aria-describedby={`unreviewed-${p.id}`} className="rounded border border-brand px-3 py-1 font-semibold text-brand hover:bg-slate-100">
                      {t("markChecked")}
                    </button>
                  </form>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
