// Makes the end-to-end test accounts (accounts.ts) in the database the main e2e server is
// about to use; playwright.config.ts runs it before `npm start`. Safe to run again.
import { createUser } from "@/auth/users";
import { createDb } from "@/db/client";
import { openDatabase } from "@/db/connect";
import { env } from "@/env";
import { migrateAndSeed } from "../../scripts/lib/prepare-database";
import { accounts, password } from "./accounts";

const database = await openDatabase();
try {
  await migrateAndSeed(database, env.PALASET_CONTENT_DIR);
  const db = createDb(database.url, database.poolSize);
  try {
    for (const account of Object.values(accounts)) {
      if (await db.user.findUnique({ where: { email: account.email } })) continue;
      await createUser(db, {
        email: account.email,
        name: account.name,
        password,
        nationalRole: "nationalRole" in account ? account.nationalRole : null,
        memberships: "membership" in account ? [account.membership] : [],
      });
    }
    await db.user.update({ where: { email: accounts.deactivated.email }, data: { deactivatedAt: new Date() } });
    // A run starts unthrottled, even when an earlier run's failures are still in the window.
    await db.signInFailure.deleteMany({});
  } finally {
    await db.$disconnect();
  }
} finally {
  await database.close();
}
