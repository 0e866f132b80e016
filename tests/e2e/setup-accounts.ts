// Makes the end-to-end test accounts (accounts.ts) anew in the database the main e2e server is
// about to use; playwright.config.ts runs it before `npm start`. Every run starts alike: the
// earlier run's people (invited ones too), sessions, sign-in failures and readers' feedback are gone.
import { writeFileSync } from "node:fs";
import { TOTP } from "otpauth";
import { createAuth } from "@/auth/auth";
import { installSecret } from "@/auth/install-secret";
import { rolesNeedSecondFactor } from "@/auth/permissions";
import { confirmEnrolment, startEnrolment } from "@/auth/second-factor";
import { signIn } from "@/auth/sign-in";
import { createUser } from "@/auth/users";
import { readViewer } from "@/auth/viewer";
import { createDb } from "@/db/client";
import { openDatabase } from "@/db/connect";
import { env } from "@/env";
import { migrateAndSeed } from "../../scripts/lib/prepare-database";
import { accounts, password, totpSecretsFile } from "./accounts";

const database = await openDatabase();
try {
  await migrateAndSeed(database, env.PALASET_CONTENT_DIR, { force: true });
  const db = createDb(database.url, database.poolSize);
  try {
    await db.user.deleteMany({ where: { email: { endsWith: "@e2e.example" } } });
    await db.signInFailure.deleteMany({});
    await db.feedbackMessage.deleteMany({});
    // Models made in the working area by earlier runs go; the seed above took back the files'
    // text of any that an earlier run edited (force).
    await db.practiceModel.deleteMany({ where: { sourcePath: null } });
    await db.modelRevision.deleteMany({});
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

    // Those whose roles call for a second factor set one up the way a person does, through
    // better-auth, with the installation's own key; the tests compute their codes from the secrets.
    const auth = createAuth(db, { secret: env.PALASET_AUTH_SECRET ?? (await installSecret(db)), baseURL: "http://localhost", idleHours: 8 });
    const secrets: Record<string, string> = {};
    for (const account of Object.values(accounts)) {
      const user = await db.user.findUniqueOrThrow({ where: { email: account.email } });
      const viewer = await readViewer(db, user.id);
      if (!viewer || !rolesNeedSecondFactor(viewer) || "enrolLater" in account) continue;
      const first = await signIn(db, auth, { email: account.email, password, address: "setup", headers: new Headers() });
      if (first.kind !== "signed-in") throw new Error(`setup: ${account.email} did not sign in (${first.kind})`);
      const session = new Headers({ cookie: first.setCookies.map((c) => c.split(";")[0]).join("; ") });
      const enrolment = await startEnrolment(auth, session, password);
      if (!enrolment) throw new Error(`setup: no second factor for ${account.email}`);
      await confirmEnrolment(db, auth, viewer, session, new TOTP({ secret: enrolment.secret }).generate(), "setup");
      secrets[account.email] = enrolment.secret;
    }
    writeFileSync(totpSecretsFile, JSON.stringify(secrets));
  } finally {
    await db.$disconnect();
  }
} finally {
  await database.close();
}
