// The working area's start page: what the signed-in person may do, and in which organisation.
// The lists of models to work on arrive with the editorial workflow.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { actions, may, type Action, type Viewer } from "@/auth/permissions";
import { requireViewer } from "@/auth/session";
import { feedback } from "@/feedback/app";
import { Link } from "@/i18n/navigation";
import { localeFrom } from "@/i18n/params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "EditorialPage" });
  return { title: t("title") };
}

/** What the viewer may do in one organisation, or (null) everywhere by their national role. */
function abilities(viewer: Viewer, organisationId: string | null): Action[] {
  const asMember = { ...viewer, nationalRole: null };
  return actions.filter((action) =>
    organisationId === null
      ? may({ ...viewer, memberships: [] }, action)
      : may(asMember, action, { organisationIds: [organisationId] }),
  );
}

export default async function EditorialPage({ params }: Props) {
  const locale = await localeFrom(params);
  const viewer = await requireViewer(locale, "/editorial");
  const [t, roles, can] = await Promise.all([getTranslations("EditorialPage"), getTranslations("Roles"), getTranslations("Abilities")]);
  const openFeedback = may(viewer, "feedback.read") ? await feedback.countOpen(viewer) : null;
  const abilityList = (list: Action[]) => (
    <ul className="mt-1 list-disc pl-6">
      {list.map((action) => (
        <li key={action}>{can(action)}</li>
      ))}
    </ul>
  );
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      <p className="text-lg">{t("greeting", { name: viewer.name })}</p>
      {viewer.nationalRole && (
        <section aria-labelledby="national-role" className="rounded-lg border border-slate-300 p-4">
          <h2 id="national-role" className="text-xl font-bold">
            {t("nationalRole", { role: roles(viewer.nationalRole) })}
          </h2>
          <p className="mt-2">{t("nationalAbilities")}</p>
          {abilityList(abilities(viewer, null))}
          {openFeedback !== null && (
            <p className="mt-3">
              <Link href="/editorial/feedback" className="font-semibold text-brand underline">
                {t("feedbackLink", { count: openFeedback })}
              </Link>
            </p>
          )}
        </section>
      )}
      <section aria-labelledby="organisations" className="space-y-3">
        <h2 id="organisations" className="text-2xl font-bold">
          {t("organisations")}
        </h2>
        {viewer.memberships.length === 0 && !viewer.nationalRole && <p>{t("noRoles")}</p>}
        <ul className="grid gap-4 sm:grid-cols-2">
          {viewer.memberships.map((m) => (
            <li key={m.organisationId} className="rounded-lg border border-slate-300 p-4">
              <h3 className="text-lg font-bold">{m.organisationName}</h3>
              <p>{t("roleIn", { role: roles(m.role) })}</p>
              <p className="mt-2">{t("abilities")}</p>
              {abilityList(abilities(viewer, m.organisationId))}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
