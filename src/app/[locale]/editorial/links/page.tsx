// Broken links, for those who may fix them (coordinators and admins): each address the latest
// `npm run links:check` found not working, what it found and when, every place that uses it,
// and a form that replaces it everywhere at once (./actions.ts).
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { z } from "zod";
import { may } from "@/auth/permissions";
import { requireViewer } from "@/auth/session";
import { Link } from "@/i18n/navigation";
import { localeFrom } from "@/i18n/params";
import { links } from "@/links/app";
import type { ListedBrokenLink, ListedUse } from "@/links/listing";
import type { LinkField } from "@/links/targets";
import type { PageSearchParams } from "../../_components/record-page";
import { ListTable } from "../_components/ListTable";
import { Outcome } from "../models/_components/Outcome";
import { FixLinkForm } from "./FixLinkForm";

type Props = { params: Promise<{ locale: string }>; searchParams: PageSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "LinksPage" });
  return { title: t("title") };
}

const outcomes = z.object({
  done: z.enum(["fixed"]).optional().catch(undefined),
  count: z.coerce.number().int().min(0).optional().catch(undefined),
  problem: z.enum(["notInUse", "notAllowed"]).optional().catch(undefined),
});

const fieldKeys = {
  "EvaluationDocument.url": "evaluationDocument",
  "Reference.url": "reference",
  "PracticeModel.sourceUrl": "sourceUrl",
  "Organisation.website": "website",
} as const satisfies Record<LinkField, string>;

/** The HTTP statuses a broken link most often answers with, by name; the rest by their class. */
function statusKey(status: number) {
  if (status === 404) return "notFound";
  if (status === 410) return "gone";
  if (status === 401 || status === 403) return "forbidden";
  if (status === 429) return "tooManyRequests";
  if (status === 503) return "unavailable";
  if (status >= 500) return "serverError";
  return "clientError";
}

const command = "npm run links:check";
const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

export default async function LinksPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const viewer = await requireViewer(locale, "/editorial/links");
  if (!may(viewer, "links.fix")) forbidden();
  const [{ links: broken, lastCheckedAt }, t, format, query] = await Promise.all([links.broken(locale), getTranslations("LinksPage"), getFormatter(), searchParams]);
  const { done, count, problem } = outcomes.parse(query);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Helsinki" });
  const code = (chunks: ReactNode) => <code className="rounded bg-slate-100 px-1">{chunks}</code>;

  const finding = (link: ListedBrokenLink) => {
    const status = link.outcome === "broken" && link.httpStatus !== null ? t("status", { status: link.httpStatus, words: t(`statuses.${statusKey(link.httpStatus)}`) }) : null;
    return (
      <>
        <span className="font-semibold">{t(`outcomes.${link.outcome}`)}</span>
        {status && <span className="block">{status}</span>}
        {link.finalUrl && <span className="block break-all text-sm">{t("finalUrl", { url: link.finalUrl })}</span>}
        {link.outcome === "error" && link.error && <span className="block break-all text-sm">{t("errorDetail", { error: link.error })}</span>}
      </>
    );
  };

  const use = (u: ListedUse) => {
    const values = { name: u.name, field: t(`fields.${fieldKeys[u.field]}`) };
    if (u.kind === "model" && u.modelId) {
      const id = u.modelId;
      return t.rich("modelUse", {
        ...values,
        link: (chunks) => (
          <Link href={{ pathname: "/editorial/models/[id]", params: { id } }} className="font-semibold text-brand underline">
            {chunks}
          </Link>
        ),
      });
    }
    return t(u.kind === "model" ? "modelUseUnlinked" : u.kind === "themeArticle" ? "themeArticleUse" : "organisationUse", values);
  };

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      {done && count !== undefined && <Outcome kind="done">{t("done.fixed", { count })}</Outcome>}
      {problem && <Outcome kind="problem">{t(`problems.${problem}`)}</Outcome>}
      <p>{t("intro")}</p>
      <p>{lastCheckedAt ? t.rich("lastChecked", { date: when(lastCheckedAt), command, code }) : t.rich("neverChecked", { command, code })}</p>
      {broken.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ListTable caption={t("caption", { count: broken.length })} columns={[t("address"), t("finding"), t("checked"), t("usedIn"), t("fix")]}>
          {broken.map((link, index) => (
            <tr key={link.url} className="border-b border-slate-200 align-top">
              <th scope="row" id={`link-${index}`} className="max-w-xs break-all p-2 font-normal">
                {isWebAddress(link.url) ? (
                  <a href={link.url} rel="noreferrer" className="text-brand underline">
                    {link.url}
                  </a>
                ) : (
                  link.url
                )}
              </th>
              <td className="p-2">{finding(link)}</td>
              <td className="p-2">{when(link.checkedAt)}</td>
              <td className="p-2">
                <ul className="space-y-1">
                  {link.uses.map((u, i) => (
                    <li key={i}>{use(u)}</li>
                  ))}
                </ul>
              </td>
              <td className="p-2">
                <FixLinkForm locale={locale} url={link.url} id={`fix-${index}`} addressId={`link-${index}`} />
              </td>
            </tr>
          ))}
        </ListTable>
      )}
    </div>
  );
}
