// An uploaded document file as GET /documents/<checksum>.pdf serves it: where it is stored,
// the title to name the download after, and whether a public page names it.
import type { Db } from "@/db/client";

export type ServedFile = { storageKey: string; title: string | null; public: boolean };

export async function readServedFile(db: Db, checksum: string): Promise<ServedFile | null> {
  const stored = await db.storedFile.findUnique({ where: { checksum }, select: { storageKey: true, pdfTitle: true } });
  if (!stored) return null;
  const live = await db.evaluationDocument.findFirst({
    where: { checksum, evaluation: { state: { in: ["PUBLISHED", "WITHDRAWN"] }, model: { state: "PUBLISHED" } } },
    select: { title: true },
  });
  return { storageKey: stored.storageKey, title: live?.title ?? stored.pdfTitle, public: live !== null };
}
