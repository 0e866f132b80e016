// Setting up a second factor (a TOTP authenticator app, with recovery codes) and an admin's
// reset of someone's, on better-auth's two-factor plugin. Each writes its audit entry.
import type { Db } from "@/db/client";
import { z } from "zod";
import { audit } from "./audit";
import type { Auth } from "./auth";
import { mayManagePerson, NotAllowedError } from "./people-admin";
import type { Viewer } from "./permissions";

export type Enrolment = { uri: string; secret: string; recoveryCodes: string[] };

const enabled = z.object({ totpURI: z.string(), backupCodes: z.array(z.string()) });

/** Starts setting up an authenticator app; null when the password is wrong. */
export async function startEnrolment(auth: Auth, headers: Headers, password: string): Promise<Enrolment | null> {
  const response = await auth.api.enableTwoFactor({ body: { password }, headers, asResponse: true });
  const body = response.ok ? enabled.safeParse(await response.json()) : null;
  if (!body?.success) return null;
  const secret = new URL(body.data.totpURI).searchParams.get("secret") ?? "";
  return { uri: body.data.totpURI, secret, recoveryCodes: body.data.backupCodes };
}

/** Confirms the app with its first code; returns the new session cookies, or null for a wrong code. */
export async function confirmEnrolment(db: Db, auth: Auth, viewer: Viewer, headers: Headers, code: string, address: string): Promise<string[] | null> {
  const response = await auth.api.verifyTOTP({ body: { code: code.replace(/\s+/g, "") }, headers, asResponse: true });
  if (!response.ok) return null;
  await audit(db, { action: "second-factor-enabled", actor: { id: viewer.id, email: viewer.email }, subject: { type: "user", id: viewer.id }, address });
  return response.headers.getSetCookie();
}

/** Removes someone's second factor (a lost phone); they set up a new one at their next sign-in. */
export async function resetSecondFactor(db: Db, viewer: Viewer, userId: string, address: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const person = await tx.user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: true } });
    if (!mayManagePerson(viewer, person)) throw new NotAllowedError();
    await tx.twoFactor.deleteMany({ where: { userId } });
    await tx.user.update({ where: { id: userId }, data: { twoFactorEnabled: false } });
    await tx.session.deleteMany({ where: { userId } });
    await audit(tx, { action: "second-factor-reset", actor: { id: viewer.id, email: viewer.email }, subject: { type: "user", id: userId }, address });
  });
}
