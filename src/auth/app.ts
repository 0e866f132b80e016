// The app's better-auth instance on the app's database, made once per process (like the
// client, see src/db/app.ts), once the signing key is known.
import "server-only";
import { getAppDb } from "@/db/app";
import { env } from "@/env";
import { readAuditLog, type AuditFilter } from "./audit-log";
import { createAuth, type Auth } from "./auth";
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
  return env.PALASET_PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`;
}

export function appAuth(): Promise<Auth> {
  globalThis.palasetAppAuth ??= (async () => {
    const db = getAppDb();
    return createAuth(db, { secret: env.PALASET_AUTH_SECRET ?? (await installSecret(db)), baseURL: publicUrl(), idleHours: env.PALASET_SESSION_IDLE_HOURS });
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
  signOut: async (headers: Headers, address: string) => signOut(getAppDb(), await appAuth(), headers, address),
};

/** Setting up a second factor, and an admin's reset of someone's (see ./second-factor.ts). */
export const secondFactors = {
  start: async (headers: Headers, password: string) => startEnrolment(await appAuth(), headers, password),
  confirm: async (viewer: Viewer, headers: Headers, code: string, address: string) =>
    confirmEnrolment(getAppDb(), await appAuth(), viewer, headers, code, address),
  reset: (viewer: Viewer, userId: string, address: string) => resetSecondFactor(getAppDb(), viewer, userId, address),
};
