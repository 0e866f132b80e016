// The app's better-auth instance on the app's database, made once per process (like the
// client, see src/db/app.ts), once the signing key is known.
import "server-only";
import { z } from "zod";
import { getAppDb } from "@/db/app";
import { env } from "@/env";
import { siteOrigin } from "@/public-url";
import { readAuditLog, type AuditFilter } from "./audit-log";
import { changePassword } from "./change-password";
import { createAuth, ssoProviderId, type Auth, type SingleSignOn } from "./auth";
import { installSecret } from "./install-secret";
import { manageableOrganisations, readPeople } from "./people";
import { changeRole, deactivate, reactivate, setNationalRole } from "./people-admin";
import { pseudonymise } from "./retention";
import { confirmEnrolment, resetSecondFactor, startEnrolment } from "./second-factor";
import { signIn, signInSecondFactor, type SecondFactorAttempt, type SignInAttempt } from "./sign-in";
import { signOut } from "./sign-out";
import type { Viewer } from "./permissions";

declare global {
  var palasetAppAuth: Promise<Auth> | undefined;
}

/** The address readers use; links in e-mails and the Secure flag of cookies follow it. */
export function publicUrl(): string {
  return siteOrigin();
}

const ssoRoles = { editor: "EDITOR", publisher: "PUBLISHER", "org-admin": "ORG_ADMIN" } as const;

/** The organisation's own OpenID Connect provider, when the environment names one. */
function singleSignOn(): SingleSignOn | null {
  const { PALASET_SSO_ISSUER: issuer, PALASET_SSO_CLIENT_ID: clientId, PALASET_SSO_CLIENT_SECRET: clientSecret, PALASET_SSO_ORGANISATION: organisationKey } = env;
  if (!issuer || !clientId || !clientSecret || !organisationKey) return null;
  return { issuer, clientId, clientSecret, organisationKey, role: ssoRoles[env.PALASET_SSO_ROLE] };
}

export function appAuth(): Promise<Auth> {
  globalThis.palasetAppAuth ??= (async () => {
    const db = getAppDb();
    return createAuth(db, {
      secret: env.PALASET_AUTH_SECRET ?? (await installSecret(db)),
      baseURL: publicUrl(),
      idleHours: env.PALASET_SESSION_IDLE_HOURS,
      sso: singleSignOn(),
    });
  })();
  return globalThis.palasetAppAuth;
}

/** The working area's reads of people and the audit log, on the app's database. */
export const accounts = {
  readPeople: (viewer: Viewer) => readPeople(getAppDb(), viewer),
  manageableOrganisations: (viewer: Viewer) => manageableOrganisations(getAppDb(), viewer),
  changeRole: (viewer: Viewer, change: Parameters<typeof changeRole>[2], address: string) => changeRole(getAppDb(), viewer, change, { address }),
  setNationalRole: (viewer: Viewer, change: Parameters<typeof setNationalRole>[2], address: string) => setNationalRole(getAppDb(), viewer, change, { address }),
  deactivate: (viewer: Viewer, userId: string, address: string) => deactivate(getAppDb(), viewer, userId, { address }),
  reactivate: (viewer: Viewer, userId: string, address: string) => reactivate(getAppDb(), viewer, userId, { address }),
  pseudonymise: (viewer: Viewer, userId: string, address: string) => pseudonymise(getAppDb(), viewer, userId, address),
  readAuditLog: (filter: AuditFilter) => readAuditLog(getAppDb(), filter),
  organisations: () => getAppDb().organisation.findMany({ select: { key: true, name: true }, orderBy: { name: "asc" } }),
};

/** Signing in and out on the app's database (see ./sign-in.ts and ./sign-out.ts). */
export const sessions = {
  signIn: async (attempt: SignInAttempt) => signIn(getAppDb(), await appAuth(), attempt),
  signInSecondFactor: async (attempt: SecondFactorAttempt) => signInSecondFactor(getAppDb(), await appAuth(), attempt),
  /** The organisation whose people may sign in through its own provider, or null. */
  singleSignOnOrganisation: async () => {
    const sso = singleSignOn();
    return sso && getAppDb().organisation.findUnique({ where: { key: sso.organisationKey }, select: { name: true } });
  },
  /** Starts single sign-on: the provider's address to go to, and the cookies that keep its state. */
  startSingleSignOn: async (headers: Headers, callbackURL: string, errorCallbackURL: string) => {
    const response = await (await appAuth()).api.signInSocial({
      body: { provider: ssoProviderId, callbackURL, errorCallbackURL, disableRedirect: true },
      headers,
      asResponse: true,
    });
    const body = response.ok ? z.object({ url: z.url() }).safeParse(await response.json()) : null;
    return { url: body?.success ? body.data.url : null, setCookies: response.headers.getSetCookie() };
  },
  signOut: async (headers: Headers, address: string) => signOut(getAppDb(), await appAuth(), headers, address),
};

/** Second factors (./second-factor.ts) and changing one's password (./change-password.ts). */
export const accountSecurity = {
  start: async (headers: Headers, password: string) => startEnrolment(await appAuth(), headers, password),
  confirm: async (viewer: Viewer, headers: Headers, code: string, address: string) =>
    confirmEnrolment(getAppDb(), await appAuth(), viewer, headers, code, address),
  reset: (viewer: Viewer, userId: string, address: string) => resetSecondFactor(getAppDb(), viewer, userId, address),
  changePassword: async (viewer: Viewer, headers: Headers, passwords: { current: string; next: string }, address: string) =>
    changePassword(getAppDb(), await appAuth(), viewer, headers, passwords, address),
};
