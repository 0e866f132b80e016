// What a restore leaves in the database it restored: an audit entry saying so (the log itself
// was just replaced by the backup's, so this is where the rewind shows), and a catalogue
// revision above any the replaced database had reached, so that no running instance serves
// a cached result of the old data under a revision number the restored one reaches again.
import { basename } from "node:path";
import { audit } from "@/auth/audit";
import { createDb } from "@/db/client";

export async function recordRestore(url: string, poolSize: number, file: string, previousRevision: bigint): Promise<void> {
  const db = createDb(url, poolSize);
  try {
    await db.$transaction(async (tx) => {
      await audit(tx, { action: "database-restored", details: { file: basename(file) } });
      await tx.$executeRaw`UPDATE "CatalogueRevision" SET "revision" = GREATEST("revision", ${previousRevision}) + 1 WHERE "id" = 1`;
    });
  } finally {
    await db.$disconnect();
  }
}
