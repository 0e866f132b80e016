// An uploaded document file as GET /documents/<checksum>.pdf serves it: where it is stored,
// the title to name the download after, and whether a public page names it.
import type { Db } from "@/db/client";

export type ServedFile = {
  storageKey: string;
  title: string | null;
  public: boolean;
  /**
   * Before it is public: the organisations of the models whose evaluation drafts name the
   * file. Their people may read it (with coordinators and admins), as they read the drafts.
   */
  draftOrganisations: string[];
  purged: { on: Date; reason: string } | null;
};

export async function readServedFile(db: Db, checksum: string): Promise<ServedFile | null> {
  const stored = await db.storedFile.findUnique({ where: { checksum }, select: { storageKey: true, pdfTitle: true, purgedAt: true, purgeReason: true } });
  if (!stored) return null;
  const live = await db.evaluationDocument.findFirst({
    where: { checksum, evaluation: { state: { in: ["PUBLISHED", "WITHDRAWN"] }, model: { state: "PUBLISHED" } } },
    select: { title: true },
  });
  const drafts = live
    ? []
    : await db.evaluationRevision.findMany({
        // A draft's documents are in its revisions' snapshots (src/content/document.ts).
        where: { snapshot: { path: ["facts", "documents"], array_contains: [{ checksum }] } },
        select: { evaluation: { select: { model: { select: { developers: { select: { organisationId: true } } } } } } },
      });
  return {
    storageKey: stored.storageKey,
    title: live?.title ?? stored.pdfTitle,
    public: live !== null,
    draftOrganisations: [...new Set(drafts.flatMap((d) => d.evaluation.model.developers.map((m) => m.organisationId)))],
    purged: stored.purgedAt ? { on: stored.purgedAt, reason: stored.purgeReason ?? "" } : null,
  };
}

export type InaccessibleDocument = { title: string; checksum: string; modelSlug: string; modelName: string; locale: string };

/**
 * Uploaded reports on public pages that are not tagged for assistive technology: the
 * accessibility statement lists them among its exceptions (law 306/2019 covers files too).
 */
export async function readInaccessibleDocuments(db: Db): Promise<InaccessibleDocument[]> {
  const rows = await db.evaluationDocument.findMany({
    where: { file: { tagged: false, purgedAt: null }, evaluation: { state: { in: ["PUBLISHED", "WITHDRAWN"] }, model: { state: "PUBLISHED" } } },
    select: {
      title: true,
      checksum: true,
      evaluation: { select: { model: { select: { slug: true, sourceLocale: true, translations: { select: { locale: true, name: true } } } } } },
    },
    orderBy: { title: "asc" },
  });
  return rows.flatMap((row) => {
    const model = row.evaluation.model;
    const name = model.translations.find((t) => t.locale === model.sourceLocale) ?? model.translations[0];
    return row.checksum && name ? [{ title: row.title, checksum: row.checksum, modelSlug: model.slug, modelName: name.name, locale: name.locale }] : [];
  });
}
