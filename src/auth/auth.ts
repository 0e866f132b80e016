// better-auth, set up for Palaset: accounts and sessions in our PostgreSQL through its Prisma
// adapter; passwords with our constant-time scrypt (./password.ts); no self sign-up (people are
// created by an admin or invited); a sliding idle timeout; deactivated users get no session.
// Signing in (password, then the second factor) runs through our routes /api/sign-in and
// /api/sign-in/second-factor (throttling and the audit log, see ./sign-in.ts), and enrolling a
// second factor through the working area's actions, so better-auth's own routes for these are
// closed; its rate limiter is off because ours keeps its state in the database. TOTP codes and
// recovery codes are better-auth's two-factor plugin.
import { randomUUID } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins/two-factor";
import type { Db } from "@/db/client";
import { hashPassword, verifyPassword } from "./password";

export type AuthSettings = {
  secret: string;
  /** The public address of the site; cookies are Secure when it is https. */
  baseURL: string;
  idleHours: number;
};

/** The header our server sets from the socket (scripts/serve.ts); a client cannot forge it. */
export const clientAddressHeader = "x-palaset-client-address";

export function createAuth(db: Db, settings: AuthSettings) {
  return betterAuth({
    appName: "Palaset",
    secret: settings.secret,
    baseURL: settings.baseURL,
    basePath: "/api/auth",
    database: prismaAdapter(db, { provider: "postgresql", transaction: true }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 256,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: {
      // Sliding: a request more than five minutes after the last renewal renews the session
      // for the full idle time, so it ends only after `idleHours` without requests.
      expiresIn: Math.round(settings.idleHours * 3600),
      updateAge: Math.min(300, Math.round(settings.idleHours * 3600)),
    },
    rateLimit: { enabled: false },
    disabledPaths: [
      "/sign-in/email",
      "/sign-up/email",
      "/two-factor/enable",
      "/two-factor/disable",
      "/two-factor/verify-totp",
      "/two-factor/verify-backup-code",
      "/two-factor/generate-backup-codes",
      "/two-factor/get-totp-uri",
      "/two-factor/send-otp",
      "/two-factor/verify-otp",
      "/totp/generate",
    ],
    advanced: {
      cookiePrefix: "palaset",
      useSecureCookies: settings.baseURL.startsWith("https:"),
      ipAddress: { ipAddressHeaders: [clientAddressHeader] },
      database: { generateId: () => randomUUID() },
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated user's correct password opens nothing.
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { deactivatedAt: true } });
            return user && !user.deactivatedAt ? undefined : false;
          },
        },
      },
    },
    plugins: [twoFactor({ issuer: "Palaset", twoFactorCookieMaxAge: 600 }), nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
