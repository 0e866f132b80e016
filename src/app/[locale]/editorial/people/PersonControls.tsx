"use client";
// One person's controls on the people page: a role per organisation the viewer manages,
// deactivate or reactivate, and a password-reset link to pass on.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Person } from "@/auth/people";
import type { Locale } from "@/domain/locale";
import { ActionResult } from "./ActionResult";
import { personAction } from "./actions";
import { emptyState } from "./admin-state";

type Props = { locale: Locale; person: Person; resetLinks: boolean; pseudonyms: boolean };

const button = "rounded border border-brand px-3 py-1 text-sm font-semibold text-brand hover:bg-slate-100";

export function PersonControls({ locale, person, resetLinks, pseudonyms }: Props) {
  const t = useTranslations("PeopleAdmin");
  const roles = useTranslations("Roles");
  const [state, action, pending] = useActionState(personAction, emptyState);
  return (
    <div className="space-y-2" role="group" aria-label={t("actionsFor", { name: person.name })}>
      {person.memberships.map((m) => (
        <form key={m.organisationId} action={action} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="intent" value="change-role" />
          <input type="hidden" name="userId" value={person.id} />
          <input type="hidden" name="organisationId" value={m.organisationId} />
          <label className="text-sm">
            <span className="block">{m.organisationName}</span>
            <select name="role" defaultValue={m.role} className="rounded border border-slate-500 bg-white px-2 py-1">
              {(["EDITOR", "PUBLISHER", "ORG_ADMIN"] as const).map((r) => (
                <option key={r} value={r}>{roles(r)}</option>
              ))}
              <option value="NONE">{t("removeFromOrganisation")}</option>
            </select>
          </label>
          <button type="submit" disabled={pending} className={button}>
            {t("changeRole")}
          </button>
        </form>
      ))}
      <div className="flex flex-wrap gap-2">
        <form action={action}>
          <input type="hidden" name="intent" value={person.deactivated ? "reactivate" : "deactivate"} />
          <input type="hidden" name="userId" value={person.id} />
          <button type="submit" disabled={pending} className={button}>
            {person.deactivated ? t("reactivate") : t("deactivate")}
          </button>
        </form>
        {pseudonyms && person.deactivated && !person.email.endsWith("@invalid") && (
          <form action={action}>
            <input type="hidden" name="intent" value="pseudonymise" />
            <input type="hidden" name="userId" value={person.id} />
            <button type="submit" disabled={pending} className={button}>
              {t("pseudonymise")}
            </button>
          </form>
        )}
        {person.twoFactorEnabled && (
          <form action={action}>
            <input type="hidden" name="intent" value="reset-second-factor" />
            <input type="hidden" name="userId" value={person.id} />
            <button type="submit" disabled={pending} className={button}>
              {t("resetSecondFactor")}
            </button>
          </form>
        )}
        {resetLinks && !person.deactivated && (
          <form action={action}>
            <input type="hidden" name="intent" value="reset-link" />
            <input type="hidden" name="userId" value={person.id} />
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" disabled={pending} className={button}>
              {t("resetLink")}
            </button>
          </form>
        )}
      </div>
      <ActionResult state={state} />
    </div>
  );
}
