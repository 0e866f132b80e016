// npm run user:create -- --email a@example.fi --role admin --password-stdin
// npm run user:create -- --email b@example.fi --role editor --organisation porin-sininauha --password-stdin
// Creates a person who signs in with a password; the password comes from standard input,
// never from the command line (where `ps` and shell history would show it). Works on a fresh
// install: it migrates and seeds first, so the organisations of content/ exist. Exits 2 on
// bad arguments, 1 when the user cannot be created.
import { parseArgs } from "node:util";
import { z } from "zod";
import { createUser, UnknownOrganisationError, UserExistsError } from "@/auth/users";
import { createDb } from "@/db/client";
import { openDatabase } from "@/db/connect";
import { env } from "@/env";
import { migrateAndSeed } from "./lib/prepare-database";

const usage =
  "usage: npm run user:create -- --email <address> --role <admin|coordinator|editor|publisher|org-admin> " +
  "[--organisation <key from content/organisations.yaml>] [--name <name>] --password-stdin";

/** Each role as the command line names it: a national role, or a role in one organisation. */
const roles = {
  admin: { national: "ADMIN" },
  coordinator: { national: "COORDINATOR" },
  editor: { organisation: "EDITOR" },
  publisher: { organisation: "PUBLISHER" },
  "org-admin": { organisation: "ORG_ADMIN" },
} as const;
const roleNames = ["admin", "coordinator", "editor", "publisher", "org-admin"] as const satisfies (keyof typeof roles)[];

const argsSchema = z
  .strictObject({
    email: z.email(),
    role: z.enum(roleNames),
    organisation: z.string().regex(/^[a-z0-9-]+$/).optional(),
    name: z.string().trim().min(1).max(200).optional(),
    "password-stdin": z.literal(true, { error: "give the password on standard input, with --password-stdin" }),
  })
  .refine((a) => "organisation" in roles[a.role] === (a.organisation !== undefined), {
    message: "editor, publisher and org-admin need --organisation; admin and coordinator take none",
    path: ["organisation"],
  });

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

let raw: Record<string, string | boolean | undefined>;
try {
  raw = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string" },
      organisation: { type: "string" },
      name: { type: "string" },
      "password-stdin": { type: "boolean" },
    },
  }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2);
}
const args = argsSchema.safeParse(raw);
if (!args.success) fail(`${args.error.issues.map((i) => `--${i.path.join(".") || "arguments"}: ${i.message}`).join("\n")}\n${usage}`, 2);
const password = await readStdin();
if (password.length < 12) fail("The password must be at least 12 characters.", 2);

const { email, role, organisation, name } = args.data;
const chosen = roles[role];
const database = await openDatabase();
try {
  await migrateAndSeed(database, env.PALASET_CONTENT_DIR);
  const db = createDb(database.url, database.poolSize);
  try {
    await createUser(db, {
      email,
      name: name ?? email.split("@")[0] ?? email,
      password,
      nationalRole: "national" in chosen ? chosen.national : null,
      memberships: "organisation" in chosen && organisation ? [{ organisationKey: organisation, role: chosen.organisation }] : [],
    });
    console.log(`created ${email} (${role}${organisation ? ` in ${organisation}` : ""})`);
  } finally {
    await db.$disconnect();
  }
} catch (error) {
  if (error instanceof UserExistsError || error instanceof UnknownOrganisationError) fail(error.message, 1);
  throw error;
} finally {
  await database.close();
}
