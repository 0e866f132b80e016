// A signed-in person changes their own password: the current one first; their other sessions
// end (better-auth makes this one anew), and the change goes into the audit log.
import type { Db } from "@/db/client";
import { audit } from "./audit";
import type { Auth } from "./auth";
import type { Viewer } from "./permissions";

/** True when changed; false when the current password was wrong. */
export async function changePassword(db: Db, auth: Auth, viewer: Viewer, headers: Headers, passwords: { current: string; next: string }, address: string): Promise<boolean> {
  const response = await auth.api.changePassword({
    body: { currentPassword: passwords.current, newPassword: passwords.next, revokeOtherSessions: true },
    headers,
    asResponse: true,
  });
  if (!response.ok) return false;
  await audit(db, { action: "password-changed", actor: { id: viewer.id, email: viewer.email }, subject: { type: "user", id: viewer.id }, address });
  return true;
}
