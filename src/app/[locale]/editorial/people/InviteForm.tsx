"use client";
// Inviting a person: to one of the organisations the viewer manages with a role in it, or
// (admins) with a national role.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Locale } from "@/domain/locale";
import { Field, fieldControl } from "../_components/Field";
import { ActionResult } from "./ActionResult";
import { inviteAction } from "./actions";
import { emptyState } from "./admin-state";

type Props = { locale: Locale; organisations: { id: string; name: string }[]; nationalRoles: boolean };

export function InviteForm({ locale, organisations, nationalRoles }: Props) {
  const t = useTranslations("PeopleAdmin");
  const roles = useTranslations("Roles");
  const [state, action, pending] = useActionState(inviteAction, emptyState);
  const kept = state.values;
  return (
    <section aria-labelledby="invite-title" className="rounded-lg border border-slate-300 p-4">
      <h2 id="invite-title" className="text-xl font-bold">
        {t("inviteTitle")}
      </h2>
      <form action={action} className="mt-3 grid gap-3 sm:grid-cols-2" key={state.done ? `done-${state.email}` : "form"}>
        <input type="hidden" name="locale" value={locale} />
        <Field id="invite-name" label={t("name")} name="name" required defaultValue={kept.name} />
        <Field id="invite-email" label={t("email")} name="email" type="email" required defaultValue={kept.email} />
        <Field
          id="invite-organisation"
          label={t("organisation")}
          control={
            <select id="invite-organisation" name="organisationId" defaultValue={kept.organisationId ?? organisations[0]?.id ?? ""} className={fieldControl}>
              {nationalRoles && <option value="">{t("national")}</option>}
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>{o.name}</option>
              ))}
            </select>
          }
        />
        <Field
          id="invite-role"
          label={t("role")}
          control={
            <select id="invite-role" name="role" defaultValue={kept.role ?? "EDITOR"} className={fieldControl}>
              {(["EDITOR", "PUBLISHER", "ORG_ADMIN"] as const).map((r) => (
                <option key={r} value={r}>{roles(r)}</option>
              ))}
              {nationalRoles &&
                (["COORDINATOR", "ADMIN"] as const).map((r) => (
                  <option key={r} value={r}>{roles(r)}</option>
                ))}
            </select>
          }
        />
        <div className="sm:col-span-2">
          <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
            {t("invite")}
          </button>
        </div>
      </form>
      <ActionResult state={state} />
    </section>
  );
}
