// The people an administrator manages: everyone for an admin, an organisation's own people
// for its org-admin (who sees only their memberships in the organisations they manage).
import type { Db } from "@/db/client";
import type { NationalRole, OrganisationRole } from "@/generated/prisma/enums";
import { organisationsWhere, type Viewer } from "./permissions";

export type Person = {
  id: string;
  name: string;
  email: string;
  nationalRole: NationalRole | null;
  deactivated: boolean;
  twoFactorEnabled: boolean;
  lastSignInAt: Date | null;
  memberships: { organisationId: string; organisationName: string; role: OrganisationRole }[];
};

export async function readPeople(db: Db, viewer: Viewer): Promise<Person[]> {
  const managed = organisationsWhere(viewer, "people.manage");
  if (managed !== "all" && managed.length === 0) return [];
  const inManaged = managed === "all" ? {} : { organisationId: { in: managed } };
  const users = await db.user.findMany({
    where: managed === "all" ? {} : { memberships: { some: inManaged } },
    include: { memberships: { where: inManaged, include: { organisation: { select: { name: true } } } } },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    nationalRole: u.nationalRole,
    deactivated: u.deactivatedAt !== null,
    twoFactorEnabled: u.twoFactorEnabled === true,
    lastSignInAt: u.lastSignInAt,
    memberships: u.memberships.map((m) => ({ organisationId: m.organisationId, organisationName: m.organisation.name, role: m.role })),
  }));
}

/** The organisations the viewer may invite people to. */
export async function manageableOrganisations(db: Db, viewer: Viewer): Promise<{ id: string; name: string }[]> {
  const managed = organisationsWhere(viewer, "people.manage");
  return db.organisation.findMany({
    where: managed === "all" ? {} : { id: { in: managed } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
