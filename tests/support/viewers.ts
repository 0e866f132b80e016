// The signed-in person of a test account, as the permission map sees them.
import { readViewer } from "@/auth/viewer";
import type { Db } from "@/db/client";

export async function viewerOf(db: Db, email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const viewer = await readViewer(db, user.id);
  if (!viewer) throw new Error(`${email} is not an active user`);
  return viewer;
}
