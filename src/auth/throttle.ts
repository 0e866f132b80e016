// Sign-in throttling, checked before a password is hashed (scrypt is the expensive part of a
// sign-in). Three limits on failed sign-ins:
// - one account from one address: 5 in 15 minutes, then that pair waits 15 minutes;
// - one account from all addresses: 20 in an hour (a distributed guess at one password);
// - one address: 100 in 15 minutes. A county's staff share a few outgoing addresses, so an
//   address alone is never locked after a handful of mistakes.
// The failures live in the database, so the limits hold across restarts and instances.
import type { Db } from "@/db/client";

const minute = 60_000;
export const limits = [
  { scope: "account-and-address", failures: 5, window: 15 * minute },
  { scope: "account", failures: 20, window: 60 * minute },
  { scope: "address", failures: 100, window: 15 * minute },
] as const;

export type ThrottleVerdict = { allowed: true } | { allowed: false; scope: (typeof limits)[number]["scope"]; retryAfterSeconds: number };

/** Email addresses are compared as better-auth stores them. */
const normalise = (email: string) => email.trim().toLowerCase();

/** Whether a sign-in for `email` from `address` may be tried now. */
export async function checkThrottle(db: Db, email: string, address: string, now = new Date()): Promise<ThrottleVerdict> {
  for (const limit of limits) {
    const where = {
      at: { gt: new Date(now.getTime() - limit.window) },
      ...(limit.scope !== "address" ? { email: normalise(email) } : {}),
      ...(limit.scope !== "account" ? { address } : {}),
    };
    const { _count: count, _max: newest } = await db.signInFailure.aggregate({ where, _count: true, _max: { at: true } });
    // Locked for a whole window from the failure that reached the limit.
    if (count >= limit.failures && newest.at) {
      const retryAfterSeconds = Math.max(1, Math.ceil((newest.at.getTime() + limit.window - now.getTime()) / 1000));
      return { allowed: false, scope: limit.scope, retryAfterSeconds };
    }
  }
  return { allowed: true };
}

/** Failures older than this count for no limit. */
const longestWindow = Math.max(...limits.map((l) => l.window));

/** Counts a failed sign-in, and forgets failures older than the longest window. */
export async function recordFailure(db: Db, email: string, address: string, now = new Date()): Promise<void> {
  const oldest = new Date(now.getTime() - longestWindow);
  await db.$transaction([
    db.signInFailure.create({ data: { email: normalise(email), address, at: now } }),
    db.signInFailure.deleteMany({ where: { at: { lt: oldest } } }),
  ]);
}

/**
 * Forgets failures older than the longest window even when no new failure comes along (the
 * server's hourly housekeeping), so that the privacy notice's "about an hour" holds.
 */
export async function forgetOldFailures(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.signInFailure.deleteMany({ where: { at: { lt: new Date(now.getTime() - longestWindow) } } });
  return count;
}

/** A successful sign-in clears that account's failures from that address. */
export async function clearFailures(db: Db, email: string, address: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { email: normalise(email), address } });
}
