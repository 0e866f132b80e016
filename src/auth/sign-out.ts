// Signing out ends the session on the server (not only the cookie), with an audit entry.
import type { Db } from "@/db/client";
import { audit } from "./audit";
import type { Auth } from "./auth";

/** Ends the session of `headers`' cookie; returns the cookies that clear it in the browser. */
export async function signOut(db: Db, auth: Auth, headers: Headers, address: string): Promise<string[]> {
  const session = await auth.api.getSession({ headers });
  const response = await auth.api.signOut({ headers, asResponse: true });
  if (session) await audit(db, { action: "sign-out", actor: { id: session.user.id, email: session.user.email }, address });
  return response.headers.getSetCookie();
}
