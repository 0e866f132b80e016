// Translations that have been behind their source text for more than 30 days: their model's
// editors and publishers are told once for each lag (src/notifications/notify.ts,
// "translation-behind"). A lag starts with the oldest source change its translation has not
// followed; a newer source change while it lasts is the same lag, a lag that ended and came
// back is a new one. Run every hour by the server (src/background.ts); an advisory lock keeps two
// instances from telling anyone twice.
import type { Db } from "@/db/client";
import type { ModelDocument } from "@/content/document";
import type { Locale } from "@/domain/locale";
import { notify } from "@/notifications/notify";
import { laggingFields, type ChangedIn } from "./changes";

const lagMs = 30 * 24 * 3600_000;
const batch = 500;

/** A translation behind its source: the fields behind, each with the revision its translation last changed in. */
type Lag = { locale: Locale; translatedIn: Record<string, number> };

export function lagsOf(changedIn: ChangedIn, document: ModelDocument, sourceLocale: Locale): Lag[] {
  return Object.entries(laggingFields(changedIn, document, sourceLocale)).map(([locale, fields]) => ({
    locale: locale as Locale,
    translatedIn: Object.fromEntries(fields.map((field) => [field, changedIn[locale as Locale]?.[field] ?? 0])),
  }));
}

/**
 * Where a lag began: the first revision that changed the source of a field behind after its
 * translation last changed. It stays the same while the lag lasts, so it names the lag.
 */
export function lagStart(lag: Lag, sourceLocale: Locale, revisions: { number: number; changedIn: ChangedIn }[]): number | null {
  const ordered = [...revisions].sort((a, b) => a.number - b.number);
  const start = ordered.find((revision) =>
    Object.entries(lag.translatedIn).some(([field, translated]) => (revision.changedIn[sourceLocale]?.[field] ?? 0) > translated),
  );
  return start?.number ?? null;
}

/** Tells the model's editors and publishers of each translation behind for over 30 days; returns how many lags were told. */
export async function notifyLaggingTranslations(db: Db, now = new Date()): Promise<number> {
  let told = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const models = await db.practiceModel.findMany({
      where: { id: { gt: after }, headRevision: { gt: 0 }, state: { not: "ARCHIVED" } },
      orderBy: { id: "asc" },
      take: batch,
      select: { id: true, headRevision: true, sourceLocale: true },
    });
    if (models.length === 0) return told;
    after = models.at(-1)!.id;
    const heads = await db.modelRevision.findMany({
      where: { OR: models.map((m) => ({ modelId: m.id, number: m.headRevision })) },
      select: { modelId: true, snapshot: true, changedIn: true },
    });
    const sourceOf = new Map(models.map((m) => [m.id, m.sourceLocale]));
    for (const head of heads) {
      if (!head.snapshot) continue;
      const sourceLocale = sourceOf.get(head.modelId)!;
      const lags = lagsOf(head.changedIn as ChangedIn, head.snapshot as ModelDocument, sourceLocale);
      if (lags.length === 0) continue;
      const oldestTranslation = Math.min(...lags.flatMap((lag) => Object.values(lag.translatedIn)));
      const revisions = await db.modelRevision.findMany({
        where: { modelId: head.modelId, number: { gt: oldestTranslation } },
        select: { number: true, changedIn: true, createdAt: true },
      });
      for (const lag of lags) {
        const since = lagStart(lag, sourceLocale, revisions as { number: number; changedIn: ChangedIn; createdAt: Date }[]);
        const began = revisions.find((r) => r.number === since)?.createdAt;
        if (since === null || !began || now.getTime() - began.getTime() <= lagMs) continue;
        if (await tellOnce(db, head.modelId, { locale: lag.locale, sinceRevision: since })) told += 1;
      }
    }
  }
}

async function tellOnce(db: Db, modelId: string, lag: { locale: Locale; sinceRevision: number }): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('translation-behind'))`;
    const already = await tx.notification.findFirst({
      where: {
        kind: "translation-behind",
        modelId,
        AND: [{ details: { path: ["locale"], equals: lag.locale } }, { details: { path: ["sinceRevision"], equals: lag.sinceRevision } }],
      },
      select: { id: true },
    });
    if (already) return false;
    // With nobody to tell yet (no editors), nothing is written: a later hour tells whoever has joined.
    return (await notify(tx, { kind: "translation-behind", modelId, ...lag })) > 0;
  });
}
