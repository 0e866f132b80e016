// People of the organisations the viewer manages: roles, last sign-in, deactivated or not;
// inviting, changing roles, deactivating, and reset links where no mail is sent.
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { accountLinks } from "@/auth/account-links";
import { accounts } from "@/auth/app";
import { may } from "@/auth/permissions";
import { requireViewer } from "@/auth/session";
import { localeFrom } from "@/i18n/params";
import { ListTable } from "../_components/ListTable";
import { InviteForm } from "./InviteForm";
import { PersonControls } from "./PersonControls";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeFrom(params), namespace: "PeoplePage" });
  return { title: t("title") };
}

export default async function PeoplePage({ params }: Props) {
  const locale = await localeFrom(params);
  const viewer = await requireViewer(locale, "/editorial/people");
  if (!may(viewer, "people.manage")) forbidden();
  const [people, organisations, t, roles, format] = await Promise.all([
    accounts.readPeople(viewer),
    accounts.manageableOrganisations(viewer),
    getTranslations("PeoplePage"),
    getTranslations("Roles"),
    getFormatter(),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      <p>{t("lead")}</p>
      <InviteForm locale={locale} organisations={organisations} nationalRoles={may(viewer, "people.manage-national-roles")} />
      {people.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ListTable caption={t("title")} columns={[t("name"), t("email"), t("roles"), t("lastSignIn"), t("actions")]}>
          {people.map((person) => (
            <tr key={person.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-semibold">
                {person.name}
                {person.deactivated && <span className="block text-sm font-normal text-red-800">{t("deactivated")}</span>}
              </th>
              <td className="p-2">{person.email}</td>
              <td className="p-2">
                <ul>
                  {person.nationalRole && <li>{roles(person.nationalRole)}</li>}
                  {person.memberships.map((m) => (
                    <li key={m.organisationName}>{t("roleInOrganisation", { role: roles(m.role), organisation: m.organisationName })}</li>
                  ))}
                </ul>
              </td>
              <td className="p-2">{person.lastSignInAt ? format.dateTime(person.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}</td>
              <td className="p-2">
                <PersonControls locale={locale} person={person} resetLinks={!accountLinks.canMail()} pseudonyms={may(viewer, "people.manage-national-roles")} />
              </td>
            </tr>
          ))}
        </ListTable>
      )}
    </div>
  );
}
