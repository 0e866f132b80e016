// One-time links that let a person set their password: an invitation (valid 7 days) or a
// password reset (valid 1 hour). Only a SHA-256 hash of the token is stored, so the table
// cannot be used to take over an account; a link works once, and a new link of the same kind
// replaces the old one. Setting the password ends the person's other sessions.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { audit } from "./audit";
import { hashPassword } from "./password";

export const linkLifetimes = { invite: 7 * 24 * 3600_000, reset: 3600_000 } as const;
export type LinkPurpose = keyof typeof linkLifetimes;

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");
const identifier = (purpose: LinkPurpose, userId: string) => `${purpose}:${userId}`;

/** Makes a link token for `userId`, replacing earlier ones of the same purpose. */
export async function createLinkToken(tx: Tx, purpose: LinkPurpose, userId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.verification.deleteMany({ where: { identifier: identifier(purpose, userId) } });
  await tx.verification.create({
    data: { id: randomUUID(), identifier: identifier(purpose, userId), value: hashOf(token), expiresAt: new Date(now.getTime() + linkLifetimes[purpose]) },
  });
  return token;
}

/** Whom a token is for, if it is valid now. */
export async function readLinkToken(db: Db, token: string, now = new Date()): Promise<{ userId: string; purpose: LinkPurpose } | null> {
  const row = await db.verification.findFirst({ where: { value: hashOf(token), expiresAt: { gt: now } } });
  const match = row && /^(invite|reset):(.+)$/.exec(row.identifier);
  if (!match) return null;
  const [, purpose, userId] = match;
  return (purpose === "invite" || purpose === "reset") && userId ? { userId, purpose } : null;
}

export class InvalidLinkError extends Error {
  readonly code = "LINK_INVALID";
  constructor() {
    super("The link has expired or has been used.");
    this.name = "InvalidLinkError";
  }
}

/** Sets the password through a link, once: the link is used up and other sessions end. */
export async function setPasswordWithLink(db: Db, token: string, password: string, address: string): Promise<{ email: string }> {
  const link = await readLinkToken(db, token);
  if (!link) throw new InvalidLinkError();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // Deleting the row is the "once": a second use in a race finds nothing to delete.
    const used = await tx.verification.deleteMany({ where: { value: hashOf(token), identifier: identifier(link.purpose, link.userId) } });
    if (used.count !== 1) throw new InvalidLinkError();
    const user = await tx.user.findUniqueOrThrow({ where: { id: link.userId } });
    if (user.deactivatedAt) throw new InvalidLinkError();
    const credential = await tx.account.findFirst({ where: { userId: user.id, providerId: "credential" } });
    if (credential) await tx.account.update({ where: { id: credential.id }, data: { password: passwordHash } });
    else await tx.account.create({ data: { id: randomUUID(), userId: user.id, accountId: user.id, providerId: "credential", password: passwordHash } });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.user.update({ where: { id: user.id }, data: { emailVerified: true } });
    await audit(tx, { action: link.purpose === "invite" ? "invite-accepted" : "password-reset", actor: { id: user.id, email: user.email }, subject: { type: "user", id: user.id }, address });
    return { email: user.email };
  });
}
