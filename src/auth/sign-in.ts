// Signing in with a password: the throttle is asked before the password is hashed, every
// attempt goes into the audit log with its address, and a failure never says whether the
// account exists (a wrong address and a wrong password, or a deactivated user, look alike).
import type { Db } from "@/db/client";
import { audit } from "./audit";
import type { Auth } from "./auth";
import { checkThrottle, clearFailures, recordFailure } from "./throttle";

export type SignInAttempt = { email: string; password: string; address: string; headers: Headers };
export type SignInOutcome =
  | { ok: true; userId: string; setCookies: string[] }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export async function signIn(db: Db, auth: Auth, attempt: SignInAttempt): Promise<SignInOutcome> {
  const { email, password, address } = attempt;
  const known = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true } });
  const verdict = await checkThrottle(db, email, address);
  if (!verdict.allowed) {
    await audit(db, { action: "sign-in-throttled", actor: known, address, details: { email, scope: verdict.scope } });
    return { ok: false, reason: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  }
  const response = await auth.api.signInEmail({ body: { email, password }, headers: attempt.headers, asResponse: true });
  if (!response.ok || !known) {
    await recordFailure(db, email, address);
    await audit(db, { action: "sign-in-failed", actor: known, address, details: { email } });
    return { ok: false, reason: "invalid" };
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: known.id }, data: { lastSignInAt: new Date() } });
    await audit(tx, { action: "sign-in", actor: known, address });
  });
  await clearFailures(db, email, address);
  return { ok: true, userId: known.id, setCookies: response.headers.getSetCookie() };
}
