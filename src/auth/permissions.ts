// Who may do what: the one permission map. Every server action and route handler asks
// `may(viewer, action, target)` before it acts; pages ask it too, but only to decide what to
// show. Rights follow organisations: an organisation's own people work on its records;
// coordinators and admins are national.
import type { NationalRole, OrganisationRole } from "@/generated/prisma/enums";

/** A signed-in person as permissions see them. */
export type Viewer = {
  id: string;
  email: string;
  name: string;
  nationalRole: NationalRole | null;
  /** Signs in with a one-time code from an authenticator app besides the password. */
  twoFactorEnabled: boolean;
  memberships: { organisationId: string; organisationKey: string; organisationName: string; role: OrganisationRole }[];
};

type Rule = {
  /** National roles that may do it on any record. */
  national: readonly NationalRole[];
  /** Organisation roles that may do it on their own organisation's records. */
  organisation: readonly OrganisationRole[];
};

const everyOrganisationRole = ["EDITOR", "PUBLISHER", "ORG_ADMIN"] as const;

export const rules = {
  /** Enter the working area at all. */
  "working-area.enter": { national: ["COORDINATOR", "ADMIN"], organisation: everyOrganisationRole },
  /** See a model's drafts and history. */
  "model.read-drafts": { national: ["COORDINATOR", "ADMIN"], organisation: everyOrganisationRole },
  /** Write a draft, send it for review, make a draft from an old revision. */
  "model.edit": { national: ["ADMIN"], organisation: ["EDITOR", "PUBLISHER"] },
  /** Return a draft from review, publish, unpublish and archive. */
  "model.publish": { national: ["ADMIN"], organisation: ["PUBLISHER"] },
  /**
   * See the publishes made without a second reviewer (an organisation with one publisher) and
   * mark them checked: the organisation's publishers and admins, and the service's admins.
   */
  "publication.check": { national: ["ADMIN"], organisation: ["PUBLISHER", "ORG_ADMIN"] },
  /**
   * Make, list and revoke preview links to a model's draft for people without an account.
   * The link itself lets its holder read that one draft, nothing else.
   */
  "preview-link.manage": { national: ["ADMIN"], organisation: ["EDITOR", "PUBLISHER"] },
  /** Move a model to another organisation (when a project ends and its people leave). */
  "model.transfer": { national: ["ADMIN"], organisation: [] },
  /** Remove text from a model's history (client details published by mistake). */
  "revision.purge": { national: ["ADMIN"], organisation: [] },
  /** Write evaluations and link their documents. */
  "evaluation.edit": { national: ["COORDINATOR", "ADMIN"], organisation: [] },
  /** Publish an evaluation, or withdraw a published one with a public reason. */
  "evaluation.publish": { national: ["COORDINATOR", "ADMIN"], organisation: [] },
  /**
   * Remark in the working area: the model's own people on an evaluation draft before it is
   * published, coordinators on model text they may not edit.
   */
  "editorial.comment": { national: ["COORDINATOR", "ADMIN"], organisation: everyOrganisationRole },
  /** See an organisation's people, invite, change roles, deactivate, reset a second factor. */
  "people.manage": { national: ["ADMIN"], organisation: ["ORG_ADMIN"] },
  /** Give or take a national role. */
  "people.manage-national-roles": { national: ["ADMIN"], organisation: [] },
  /** Read the audit log. */
  "audit.read": { national: ["ADMIN"], organisation: [] },
  /** Read readers' feedback from the accessibility statement and mark it handled. */
  "feedback.read": { national: ["ADMIN"], organisation: [] },
  /** Replace a broken external address everywhere the catalogue uses it (src/links/fix.ts). */
  "links.fix": { national: ["COORDINATOR", "ADMIN"], organisation: [] },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof rules;
export const actions = Object.keys(rules) as Action[];

/**
 * What an action is done on: the organisations a record belongs to (a model belongs to its
 * developing organisations), or "any" where it is enough to hold the role in one of them.
 */
export type Target = { organisationIds: readonly string[] } | "any";

export function may(viewer: Viewer | null, action: Action, target: Target = "any"): boolean {
  if (!viewer) return false;
  const rule: Rule = rules[action];
  if (viewer.nationalRole && rule.national.includes(viewer.nationalRole)) return true;
  return viewer.memberships.some(
    (m) => rule.organisation.includes(m.role) && (target === "any" || target.organisationIds.includes(m.organisationId)),
  );
}

/** The organisations in which the viewer may do `action` (all of them for a national role). */
export function organisationsWhere(viewer: Viewer, action: Action): "all" | string[] {
  const rule: Rule = rules[action];
  if (viewer.nationalRole && rule.national.includes(viewer.nationalRole)) return "all";
  return viewer.memberships.filter((m) => rule.organisation.includes(m.role)).map((m) => m.organisationId);
}

/**
 * Whether the viewer's roles call for a second factor: everyone who can publish, manage
 * people or work nationally. Editors may use one.
 */
export function rolesNeedSecondFactor(viewer: Viewer): boolean {
  return viewer.nationalRole !== null || viewer.memberships.some((m) => m.role === "PUBLISHER" || m.role === "ORG_ADMIN");
}
