// The working area's evaluations: every one for coordinators and admins, those of their own
// models for an organisation's people, with what needs a look (the model text changed since,
// a review due or overdue, a draft not published). A new evaluation starts from a model's page.
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireViewer } from "@/auth/session";
import { catalogue } from "@/catalogue";
import { storedFileHref } from "@/domain/documents";
import { editorial } from "@/editorial/app";
import { Link } from "@/i18n/navigation";
import { localeFrom } from "@/i18n/params";
import { ListTable } from "../_components/ListTable";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "EvaluationList" });
  return { title: t("title") };
}

const filters = ["all", "attention", "drafts"] as const;

export default async function EvaluationListPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const viewer = await requireViewer(locale, "/editorial/evaluations");
  const filter = z.enum(filters).catch("all").parse((await searchParams).filter ?? "all");
  const [t, format] = await Promise.all([getTranslations("EvaluationList"), getFormatter()]);
  const states = await getTranslations("EvaluationEditor.states");
  const [all, inaccessible] = await Promise.all([editorial.evaluations.list(viewer), catalogue().listInaccessibleDocuments()]);
  const shown = all.filter((e) =>
    filter === "attention" ? e.changedSinceEvaluated || e.review !== null : filter === "drafts" ? e.state === "DRAFT" : true,
  );
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      <p>{t("intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="evaluation-filter" className="block font-semibold">{t("filter")}</label>
          <select id="evaluation-filter" name="filter" defaultValue={filter} className="mt-1 rounded border border-slate-500 bg-white px-3 py-2">
            {filters.map((f) => (
              <option key={f} value={f}>{t(`filters.${f}`)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">{t("show")}</button>
      </form>
      {inaccessible.length > 0 && (
        <section aria-labelledby="inaccessible" className="rounded-lg border-2 border-amber-700 p-4">
          <h2 id="inaccessible" className="text-xl font-bold">{t("inaccessibleTitle", { count: inaccessible.length })}</h2>
          <p>{t("inaccessibleHelp")}</p>
          <ul className="mt-2 list-disc pl-6">
            {inaccessible.map((d) => (
              <li key={`${d.checksum}-${d.modelSlug}`}>
                <a href={storedFileHref(d.checksum)} className="text-brand underline">{d.title}</a> ({d.modelName})
              </li>
            ))}
          </ul>
        </section>
      )}
      {shown.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ListTable caption={t("caption", { count: shown.length })} columns={[t("model"), t("evaluator"), t("state"), t("needs")]}>
          {shown.map((e) => (
            <tr key={e.id} className="border-b border-slate-200 align-top">
              <td className="p-2">
                <Link href={{ pathname: "/editorial/evaluations/[id]", params: { id: e.id } }} className="font-semibold text-brand underline">
                  {e.modelName}
                </Link>
              </td>
              <td className="p-2">
                {e.evaluator ?? "–"}
                {e.evaluatedOn && <span className="block text-sm">{day(e.evaluatedOn)}</span>}
              </td>
              <td className="p-2">
                {states(e.state)}
                {e.state !== e.liveState && <span className="block text-sm">{t("liveState", { state: states(e.liveState) })}</span>}
              </td>
              <td className="p-2">
                <ul>
                  {e.changedSinceEvaluated && <li>{t("changedSinceEvaluated")}</li>}
                  {e.review === "overdue" && e.nextReviewOn && <li className="font-semibold text-red-800">{t("overdue", { date: day(e.nextReviewOn) })}</li>}
                  {e.review === "due" && e.nextReviewOn && <li>{t("due", { date: day(e.nextReviewOn) })}</li>}
                </ul>
              </td>
            </tr>
          ))}
        </ListTable>
      )}
    </div>
  );
}
