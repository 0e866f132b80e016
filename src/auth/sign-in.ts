// Signing in: the password, then (for people who have one) the second factor. The throttle is
// asked before the password is hashed, every attempt goes into the audit log with its address,
// and a failure never says whether the account exists (a wrong address and a wrong password, or
// a deactivated user, look alike). The sign-in is recorded when it is complete.
import { z } from "zod";
import type { Db } from "@/db/client";
import { audit } from "./audit";
import type { Auth } from "./auth";
import { checkThrottle, clearFailures, recordFailure } from "./throttle";

export type SignInAttempt = { email: string; password: string; address: string; headers: Headers };
export type SignInOutcome =
  | { kind: "signed-in"; userId: string; setCookies: string[] }
  /** The password was right; a code from the authenticator app (or a recovery code) comes next. */
  | { kind: "second-factor"; setCookies: string[] }
  | { kind: "invalid" }
  | { kind: "throttled"; retryAfterSeconds: number };

const passwordStep = z.object({ twoFactorRedirect: z.literal(true) }).or(z.object({ user: z.object({ id: z.string() }) }));

async function completed(db: Db, user: { id: string; email: string }, address: string) {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await audit(tx, { action: "sign-in", actor: user, address });
  });
}

export async function signIn(db: Db, auth: Auth, attempt: SignInAttempt): Promise<SignInOutcome> {
  const { email, password, address } = attempt;
  const known = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true } });
  const verdict = await checkThrottle(db, email, address);
  if (!verdict.allowed) {
    await audit(db, { action: "sign-in-throttled", actor: known, address, details: { email, scope: verdict.scope } });
    return { kind: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  }
  const response = await auth.api.signInEmail({ body: { email, password }, headers: attempt.headers, asResponse: true });
  const step = response.ok ? passwordStep.safeParse(await response.clone().json()) : null;
  if (!step?.success || !known) {
    await recordFailure(db, email, address);
    await audit(db, { action: "sign-in-failed", actor: known, address, details: { email } });
    return { kind: "invalid" };
  }
  await clearFailures(db, email, address);
  const setCookies = response.headers.getSetCookie();
  if ("twoFactorRedirect" in step.data) return { kind: "second-factor", setCookies };
  await completed(db, known, address);
  return { kind: "signed-in", userId: known.id, setCookies };
}

export type SecondFactorAttempt = { code: string; recovery: boolean; address: string; headers: Headers };
export type SecondFactorOutcome = { kind: "signed-in"; setCookies: string[] } | { kind: "invalid" };

const verified = z.object({ user: z.object({ id: z.string(), email: z.string() }) });

/**
 * The second step: a code from the authenticator app, or one of the recovery codes (each works
 * once). better-auth's two-factor cookie from the first step says whose code it is; it counts
 * and limits wrong codes itself.
 */
export async function signInSecondFactor(db: Db, auth: Auth, attempt: SecondFactorAttempt): Promise<SecondFactorOutcome> {
  const request = { body: { code: attempt.code.replace(/\s+/g, "") }, headers: attempt.headers, asResponse: true } as const;
  const response = attempt.recovery ? await auth.api.verifyBackupCode(request) : await auth.api.verifyTOTP(request);
  const result = response.ok ? verified.safeParse(await response.clone().json()) : null;
  if (!result?.success) {
    await audit(db, { action: "sign-in-failed", address: attempt.address, details: { step: attempt.recovery ? "recovery-code" : "authenticator-code" } });
    return { kind: "invalid" };
  }
  await completed(db, result.data.user, attempt.address);
  return { kind: "signed-in", setCookies: response.headers.getSetCookie() };
}
