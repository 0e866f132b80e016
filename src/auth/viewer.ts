// The signed-in person with their roles, read from the database on each request, so that a
// role change or a deactivation takes effect at once.
import type { Db } from "@/db/client";
import type { Viewer } from "./permissions";

/** The viewer behind a user id, or null when the user is unknown or deactivated. */
export async function readViewer(db: Pick<Db, "user">, userId: string): Promise<Viewer | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { memberships: { include: { organisation: { select: { key: true, name: true } } }, orderBy: { createdAt: "asc" } } },
  });
  if (!user || user.deactivatedAt) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    nationalRole: user.nationalRole,
    twoFactorEnabled: user.twoFactorEnabled === true,
    memberships: user.memberships.map((m) => ({
      organisationId: m.organisationId,
      organisationKey: m.organisation.key,
      organisationName: m.organisation.name,
      role: m.role,
    })),
  };
}
