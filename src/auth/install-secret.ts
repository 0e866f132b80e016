// The key that signs session cookies: PALASET_AUTH_SECRET when set, otherwise one the
// installation makes on its first start and keeps in the database, so that every instance on
// that database signs alike and a restart signs nobody out.
import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";

const key = "auth-secret";

export async function installSecret(db: Db): Promise<string> {
  const made = randomBytes(32).toString("base64url");
  // Two instances starting at once both try; the first one's key wins for both.
  await db.$executeRaw`INSERT INTO "InstallSetting" (key, value) VALUES (${key}, ${made}) ON CONFLICT (key) DO NOTHING`;
  const { value } = await db.installSetting.findUniqueOrThrow({ where: { key } });
  return value;
}
