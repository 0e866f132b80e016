// The working area's models: those of the viewer's organisations (all, for national roles),
// with the state of each language, who changed them last and when; filters and a name search.
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { may } from "@/auth/permissions";
import { requireViewer } from "@/auth/session";
import { locales } from "@/domain/locale";
import { editorial } from "@/editorial/app";
import { listFilters, listLimit } from "@/editorial/list";
import { Link } from "@/i18n/navigation";
import { localeFrom } from "@/i18n/params";
import { ListTable } from "../_components/ListTable";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "ModelList" });
  return { title: t("title") };
}

const querySchema = z.object({
  filter: z.enum(listFilters).catch("all"),
  q: z.string().trim().max(200).catch(""),
});

export default async function ModelListPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const viewer = await requireViewer(locale, "/editorial/models");
  const { filter, q } = querySchema.parse({ filter: (await searchParams).filter ?? "all", q: (await searchParams).q ?? "" });
  const [t, states, languages, format] = await Promise.all([getTranslations("ModelList"), getTranslations("EditorialStates"), getTranslations("Languages"), getFormatter()]);
  const models = may(viewer, "model.read-drafts") ? await editorial.list(viewer, locale, { filter, q }) : [];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
        {may(viewer, "model.edit") && (
          <Link href="/editorial/models/new" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
            {t("new")}
          </Link>
        )}
      </div>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="model-filter" className="block font-semibold">{t("filter")}</label>
          <select id="model-filter" name="filter" defaultValue={filter} className="mt-1 rounded border border-slate-500 bg-white px-3 py-2">
            {listFilters.map((f) => (
              <option key={f} value={f}>{t(`filters.${f}`)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="model-q" className="block font-semibold">{t("search")}</label>
          <input id="model-q" name="q" type="search" defaultValue={q} className="mt-1 rounded border border-slate-500 bg-white px-3 py-2" />
        </div>
        <button type="submit" className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">{t("show")}</button>
      </form>
      {models.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ListTable
          caption={t("caption", { count: models.length })}
          columns={[t("name"), t("state"), t("languages"), t("edited")]}
          footer={models.length >= listLimit && <p className="mt-2">{t("limited", { count: listLimit })}</p>}
        >
          {models.map((m) => (
            <tr key={m.id} className="border-b border-slate-200 align-top">
              <td className="p-2">
                <Link href={{ pathname: "/editorial/models/[id]", params: { id: m.id } }} className="font-semibold text-brand underline">
                  {m.name}
                </Link>
              </td>
              <td className="p-2">
                {states(m.state)}
                {m.state !== m.liveState && m.liveState === "PUBLISHED" && <span className="block text-sm">{t("liveToo")}</span>}
              </td>
              <td className="p-2">
                <ul>
                  {locales.filter((l) => m.locales[l]).map((l) => (
                    <li key={l}>{languages(l)}: {t(`localeStates.${m.locales[l] ?? "draft"}`)}</li>
                  ))}
                  {m.translationRequests.map((r) => (
                    <li key={`requested-${r.locale}`}>{t("translationRequested", { language: languages(r.locale), date: format.dateTime(r.requestedAt, { dateStyle: "short", timeZone: "Europe/Helsinki" }) })}</li>
                  ))}
                </ul>
              </td>
              <td className="p-2">
                {m.editedBy ? `${m.editedBy}, ` : ""}
                {format.dateTime(m.editedAt, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Helsinki" })}
              </td>
            </tr>
          ))}
        </ListTable>
      )}
    </div>
  );
}
