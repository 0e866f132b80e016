// The audit log for admins: newest first, filtered by user, organisation and action (a GET
// form, so every view is an address), 50 entries a page.
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { accounts } from "@/auth/app";
import { auditActions } from "@/auth/audit";
import { auditFilterSchema } from "@/auth/audit-log";
import { may } from "@/auth/permissions";
import { requireViewer } from "@/auth/session";
import { Link } from "@/i18n/navigation";
import { localeFrom } from "@/i18n/params";
import type { PageSearchParams } from "../../_components/record-page";
import { ListTable } from "../_components/ListTable";

type Props = { params: Promise<{ locale: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "AuditPage" });
  return { title: t("title") };
}

const isAuditAction = (value: string): value is (typeof auditActions)[number] => (auditActions as readonly string[]).includes(value);

export default async function AuditPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const viewer = await requireViewer(locale, "/editorial/audit");
  if (!may(viewer, "audit.read")) forbidden();
  const query = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filter = auditFilterSchema.parse(query);
  const [{ entries, olderThan }, organisations, t, format] = await Promise.all([
    accounts.readAuditLog(filter),
    accounts.organisations(),
    getTranslations("AuditPage"),
    getFormatter(),
  ]);
  const actionLabel = (action: string) => (isAuditAction(action) ? t(`actions.${action}`) : action);
  const kept = { ...(filter.user ? { user: filter.user } : {}), ...(filter.organisation ? { organisation: filter.organisation } : {}), ...(filter.action ? { action: filter.action } : {}) };
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      <p>{t("lead")}</p>
      <form method="get" aria-label={t("filters")} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="audit-user" className="block font-semibold">{t("user")}</label>
          <input id="audit-user" name="user" type="email" defaultValue={filter.user} className="mt-1 rounded border border-slate-500 px-2 py-1" />
        </div>
        <div>
          <label htmlFor="audit-organisation" className="block font-semibold">{t("organisation")}</label>
          <select id="audit-organisation" name="organisation" defaultValue={filter.organisation ?? ""} className="mt-1 rounded border border-slate-500 bg-white px-2 py-1">
            <option value="">{t("all")}</option>
            {organisations.map((o) => (
              <option key={o.key} value={o.key}>{o.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-action" className="block font-semibold">{t("action")}</label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className="mt-1 rounded border border-slate-500 bg-white px-2 py-1">
            <option value="">{t("all")}</option>
            {auditActions.map((a) => (
              <option key={a} value={a}>{actionLabel(a)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-1.5 font-semibold text-white hover:bg-brand-dark">{t("show")}</button>
      </form>
      {entries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ListTable caption={t("title")} columns={[t("time"), t("action"), t("who"), t("address")]} className="text-sm">
          {entries.map((e) => (
            <tr key={e.id} className="border-b border-slate-200">
              <td className="p-2 whitespace-nowrap">{format.dateTime(e.at, { dateStyle: "short", timeStyle: "medium" })}</td>
              <td className="p-2">{actionLabel(e.action)}</td>
              <td className="p-2">{e.actorEmail ?? "–"}</td>
              <td className="p-2">{e.address ?? "–"}</td>
            </tr>
          ))}
        </ListTable>
      )}
      <nav aria-label={t("pages")} className="flex gap-4">
        {filter.before && (
          <Link href={{ pathname: "/editorial/audit", query: kept }} className="text-brand underline">{t("newer")}</Link>
        )}
        {olderThan && (
          <Link href={{ pathname: "/editorial/audit", query: { ...kept, before: olderThan } }} className="text-brand underline">{t("older")}</Link>
        )}
      </nav>
    </div>
  );
}
