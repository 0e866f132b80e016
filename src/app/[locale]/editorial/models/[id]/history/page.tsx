// A model's history: every revision, newest first, with who, when, its state and note; a
// comparison of any two, per section and language, with the discussion's remarks made on the
// revisions compared; and making a new draft from an old one.
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { may } from "@/auth/permissions";
import { requireViewer } from "@/auth/session";
import { RevisionDiff } from "@/components/editorial/RevisionDiff";
import { editorial } from "@/editorial/app";
import { compareDocuments } from "@/editorial/diff";
import { Link } from "@/i18n/navigation";
import { localeFrom } from "@/i18n/params";
import { sectionKeys } from "@/domain/model";
import { purgeAction, workflowAction } from "../../actions";
import { Outcome } from "../../_components/Outcome";
import { openForViewer } from "../load";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "History" });
  return { title: t("title") };
}

const compareSchema = z.object({
  from: z.coerce.number().int().min(1).optional().catch(undefined),
  to: z.coerce.number().int().min(1).optional().catch(undefined),
  done: z.literal("purged").optional().catch(undefined),
  problem: z.enum(["invalid", "notAllowed", "wrongState"]).optional().catch(undefined),
});

export default async function HistoryPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params);
  const { id } = await params;
  const viewer = await requireViewer(locale, { pathname: "/editorial/models/[id]/history", params: { id } });
  const model = await openForViewer(viewer, id);
  const { from, to, done, problem } = compareSchema.parse(await searchParams);
  const [history, threads] = await Promise.all([editorial.history(viewer, id, [from, to].filter((n): n is number => n !== undefined)), editorial.discussion.read(id)]);
  const [t, states, format, editor, languages, discussion] = await Promise.all([
    getTranslations("History"),
    getTranslations("EditorialStates"),
    getFormatter(),
    getTranslations("ModelEditor"),
    getTranslations("Languages"),
    getTranslations("Discussion"),
  ]);
  const canPurge = may(viewer, "revision.purge");
  // The workflow's own notes ("restore:3", "transfer:a,b") in words.
  const noteText = (note: string) => {
    const [kind, rest] = note.split(/:(.*)/s);
    if (kind === "restore" && /^\d+$/.test(rest ?? "")) return t("restoredFrom", { number: Number(rest) });
    if (kind === "transfer" && rest) return t("transferredTo", { organisations: rest.replaceAll(",", ", ") });
    return note;
  };
  const canRestore = may(viewer, "model.edit", { organisationIds: model.organisationIds });
  const revisions = history?.revisions ?? [];
  const older = from !== undefined ? history?.snapshots.get(from) : undefined;
  const newer = to !== undefined ? history?.snapshots.get(to) : undefined;
  // The discussion beside the comparison: remarks and replies made on the revisions compared and those between.
  const low = Math.min(from ?? 0, to ?? 0);
  const high = Math.max(from ?? 0, to ?? 0);
  const remarksBetween = threads
    .flatMap((th) => [th, ...th.replies.map((reply) => ({ ...reply, locale: th.locale, field: th.field }))])
    .filter((r) => r.revisionNumber !== null && r.revisionNumber >= low && r.revisionNumber <= high)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      <Link href={{ pathname: "/editorial/models/[id]", params: { id } }} className="font-semibold text-brand underline">
        {t("back")}
      </Link>
      {done && <Outcome kind="done">{t("purgeDone")}</Outcome>}
      {problem && <Outcome kind="problem">{editor(`problems.${problem}`)}</Outcome>}
      {revisions.length === 0 && <p>{t("empty")}</p>}
      {revisions.length > 1 && (
        <form method="get" className="flex flex-wrap items-end gap-3">
          {(["from", "to"] as const).map((name, i) => (
            <div key={name}>
              <label htmlFor={`compare-${name}`} className="block font-semibold">{t(name)}</label>
              <select id={`compare-${name}`} name={name} defaultValue={(name === "from" ? from : to) ?? revisions[1 - i]?.number} className="mt-1 rounded border border-slate-500 bg-white px-3 py-2">
                {revisions.map((r) => (
                  <option key={r.number} value={r.number} disabled={r.purged}>{t("revision", { number: r.number })}</option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className="rounded border-2 border-brand px-4 py-2 font-semibold text-brand">{t("compare")}</button>
        </form>
      )}
      {older && newer && (
        <section aria-labelledby="comparison-title" className="space-y-3">
          <h2 id="comparison-title" className="text-2xl font-bold">{t("comparison", { from: from ?? 0, to: to ?? 0 })}</h2>
          <RevisionDiff comparison={compareDocuments(older, newer)} />
          {remarksBetween.length > 0 && (
            <>
              <h3 className="text-xl font-bold">{t("remarks", { from: Math.min(from ?? 0, to ?? 0), to: Math.max(from ?? 0, to ?? 0) })}</h3>
              <ul className="space-y-2">
                {remarksBetween.map((r) => (
                  <li key={r.id} className="rounded border border-slate-300 p-2">
                    <p className="text-sm text-slate-700">
                      {r.field && r.locale ? discussion("onField", { field: editor(`fields.${r.field}`), language: languages(r.locale) }) : discussion("onDraft")} ·{" "}
                      {discussion("byline", { name: r.authorName, time: format.dateTime(r.createdAt, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Helsinki" }), revision: r.revisionNumber ?? 0 })}
                    </p>
                    <p className="whitespace-pre-line">{r.body}</p>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      <ol className="space-y-3">
        {revisions.map((r) => (
          <li key={r.number} className="rounded border border-slate-300 p-3">
            <h2 className="font-bold">
              {t("revision", { number: r.number })}: {states(r.state)}
              {r.publishedLocales.length > 0 && ` (${r.publishedLocales.map((l) => languages(l)).join(", ")}${r.minorChange ? `, ${t("minor")}` : ""})`}
            </h2>
            <p>
              {r.authorName}, {format.dateTime(r.createdAt, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Helsinki" })}
            </p>
            {r.note && <p>{t("note")}: {noteText(r.note)}</p>}
            {r.purges.map((p) => (
              <p key={p.at} className="text-red-800">{t("purged", { by: p.by, reason: p.reason })}</p>
            ))}
            {canRestore && !r.purged && r.number !== model.revision && (
              <form action={workflowAction} className="mt-2">
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="id" value={id} />
                <input type="hidden" name="baseVersion" value={model.version} />
                <input type="hidden" name="step" value="restore" />
                <input type="hidden" name="revision" value={r.number} />
                <button type="submit" className="rounded border border-brand px-3 py-1 font-semibold text-brand">{t("restore", { number: r.number })}</button>
              </form>
            )}
            {canPurge && !r.purged && r.number !== model.revision && (
              <details className="mt-2">
                <summary className="cursor-pointer font-semibold text-red-800">{t("purge")}</summary>
                <form action={purgeAction} className="mt-2 space-y-2">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="id" value={id} />
                  <input type="hidden" name="revision" value={r.number} />
                  <label htmlFor={`purge-part-${r.number}`} className="block font-semibold">{t("purgePart")}</label>
                  <select id={`purge-part-${r.number}`} name="part" className="rounded border border-slate-500 bg-white px-3 py-2">
                    <option value="all">{t("purgeAll")}</option>
                    {(["fi", "sv", "en"] as const).flatMap((l) =>
                      sectionKeys.map((key) => (
                        <option key={`${l}.${key}`} value={`${l}.sections.${key}`}>
                          {languages(l)}: {editor(`fields.sections.${key}`)}
                        </option>
                      )),
                    )}
                  </select>
                  <label htmlFor={`purge-reason-${r.number}`} className="block font-semibold">{t("purgeReason")}</label>
                  <input id={`purge-reason-${r.number}`} name="reason" required className="w-full rounded border border-slate-500 bg-white px-3 py-2" />
                  <button type="submit" className="rounded border-2 border-red-800 px-3 py-1 font-semibold text-red-800">{t("purgeSubmit")}</button>
                </form>
              </details>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
