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
import { createAuthMiddleware } from "better-auth/api";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import { twoFactor } from "better-auth/plugins/two-factor";
import { z } from "zod";
import type { OrganisationRole } from "@/generated/prisma/enums";
import { audit } from "./audit";
import type { Db } from "@/db/client";
import { hashPassword, verifyPassword } from "./password";
import { clientAddressHeader } from "@/domain/client-address";

/** A user as better-auth's adapter returns it, when not deactivated. */
const activeUser = z.object({ id: z.string(), deactivatedAt: z.null().optional() });

/** An organisation's own OpenID Connect provider: its people sign in there and get a role here. */
export type SingleSignOn = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  organisationKey: string;
  role: OrganisationRole;
};

export type AuthSettings = {
  secret: string;
  /** The public address of the site; cookies are Secure when it is https. */
  baseURL: string;
  idleHours: number;
  sso?: SingleSignOn | null;
};

/** better-auth's id of the single sign-on provider: its callback is /api/auth/callback/sso. */
export const ssoProviderId = "sso";

/** The first single sign-on of a person: they join the provider's organisation in its role. */
async function joinSsoOrganisation(db: Db, sso: SingleSignOn, userId: string) {
  const organisation = await db.organisation.findUnique({ where: { key: sso.organisationKey }, select: { id: true } });
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!organisation || !user) return;
  await db.$transaction(async (tx) => {
    await tx.membership.upsert({
      where: { userId_organisationId: { userId, organisationId: organisation.id } },
      create: { userId, organisationId: organisation.id, role: sso.role },
      update: {},
    });
    await audit(tx, { action: "user-created", actor: user, organisationId: organisation.id, subject: { type: "user", id: userId }, details: { via: "single sign-on", role: sso.role } });
  });
}

export function createAuth(db: Db, settings: AuthSettings) {
  const sso = settings.sso ?? null;
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
    // Ours, but better-auth reads it with the user (the session hook below).
    user: { additionalFields: { deactivatedAt: { type: "date", required: false, input: false } } },
    // A person who was invited with a password and later comes through their organisation's
    // single sign-on is the same person (the provider vouches for the address).
    account: { accountLinking: { enabled: true, trustedProviders: [ssoProviderId] } },
    hooks: {
      // A completed single sign-on is recorded like a sign-in by password (./sign-in.ts).
      after: createAuthMiddleware(async (ctx) => {
        const session = ctx.context.newSession;
        if (!ctx.path.startsWith("/callback/") || !session) return;
        await db.$transaction(async (tx) => {
          await tx.user.update({ where: { id: session.user.id }, data: { lastSignInAt: new Date() } });
          const address = ctx.request?.headers.get(clientAddressHeader) ?? null;
          await audit(tx, { action: "sign-in", actor: { id: session.user.id, email: session.user.email }, address, details: { via: "single sign-on" } });
        });
      }),
    },
    databaseHooks: {
      account: {
        create: {
          after: async (account) => {
            if (sso && account.providerId === ssoProviderId) await joinSsoOrganisation(db, sso, account.userId);
          },
        },
      },
      session: {
        create: {
          // A deactivated user's correct password opens nothing. Read through better-auth's
          // adapter, inside whatever transaction it is in: on the embedded database (one
          // connection) a query of its own would wait for that transaction forever.
          before: async (session, context) => {
            const user = activeUser.safeParse(context && (await context.context.internalAdapter.findUserById(session.userId)));
            return user.success ? undefined : false;
          },
        },
      },
    },
    plugins: [
      twoFactor({ issuer: "Palaset", twoFactorCookieMaxAge: 600 }),
      ...(sso
        ? [
            genericOAuth({
              config: [
                {
                  providerId: ssoProviderId,
                  discoveryUrl: `${sso.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
                  clientId: sso.clientId,
                  clientSecret: sso.clientSecret,
                  scopes: ["openid", "email", "profile"],
                  pkce: true,
                },
              ],
            }),
          ]
        : []),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
