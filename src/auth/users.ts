// Creating people and their memberships, with an audit entry in the same transaction. Used by
// `npm run user:create` now, and by invitations next.
import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import type { NationalRole, OrganisationRole } from "@/generated/prisma/enums";
import { audit } from "./audit";
import { hashPassword } from "./password";

export class UserExistsError extends Error {
  readonly code = "USER_EXISTS";
  constructor(email: string) {
    super(`A user with the e-mail address ${email} exists already.`);
    this.name = "UserExistsError";
  }
}

export class UnknownOrganisationError extends Error {
  readonly code = "UNKNOWN_ORGANISATION";
  constructor(key: string) {
    super(`No organisation has the key "${key}" (see content/organisations.yaml).`);
    this.name = "UnknownOrganisationError";
  }
}

export type NewUser = {
  email: string;
  name: string;
  password: string;
  nationalRole?: NationalRole | null;
  memberships?: { organisationKey: string; role: OrganisationRole }[];
};

/** Creates a user who signs in with a password; `by` is who did it (null: the command line). */
export async function createUser(db: Db, user: NewUser, by: { id: string; email: string } | null = null): Promise<string> {
  const email = user.email.trim().toLowerCase();
  const passwordHash = await hashPassword(user.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new UserExistsError(email);
    const organisations = await Promise.all(
      (user.memberships ?? []).map(async (m) => {
        const organisation = await tx.organisation.findUnique({ where: { key: m.organisationKey }, select: { id: true } });
        if (!organisation) throw new UnknownOrganisationError(m.organisationKey);
        return { organisationId: organisation.id, role: m.role };
      }),
    );
    const id = randomUUID();
    await tx.user.create({
      data: {
        id,
        email,
        name: user.name,
        emailVerified: true,
        nationalRole: user.nationalRole ?? null,
        accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: passwordHash } },
        memberships: { create: organisations },
      },
    });
    await audit(tx, {
      action: "user-created",
      actor: by,
      subject: { type: "user", id },
      details: { email, nationalRole: user.nationalRole ?? null, memberships: user.memberships ?? [] },
    });
    return id;
  });
}
