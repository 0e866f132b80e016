// Makes the end-to-end test accounts (accounts.ts) anew in the database the main e2e server is
// about to use; playwright.config.ts runs it before `npm start`. Every run starts alike: the
// earlier run's people (invited ones too), sessions and sign-in failures are gone.
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
    await db.user.deleteMany({ where: { email: { endsWith: "@e2e.example" } } });
    await db.signInFailure.deleteMany({});
    for (const account of Object.values(accounts)) {
      await createUser(db, {
        email: account.email,
        name: account.name,
        password,
        nationalRole: "nationalRole" in account ? account.nationalRole : null,
        memberships: "membership" in account ? [account.membership] : [],
      });
    }
    await db.user.update({ where: { email: accounts.deactivated.email }, data: { deactivatedAt: new Date() } });
  } finally {
    await db.$disconnect();
  }
} finally {
  await database.close();
}
