// The seed: a content folder written into the database in one transaction, through the same
// writers an editor's save will use. A record whose files are unchanged (same hash) is skipped,
// so a second run changes nothing; any error rolls the whole seed back and leaves the database
// as it was. A model an editor changed in the working area is kept as the editor left it when
// its file changed too (reported as a conflict), unless the seed is forced. The models are written while they are read, so parsing and indexing overlap.
import { streamContent, type Catalogue, type CatalogueStream } from "@/content/load";
import type { ReadingPlan } from "@/content/parallel-models";
import type { Db } from "@/db/client";
import { archiveModelsNotIn, modelWriter, readFolderStamps, storedFolderStamp, type WriterOptions } from "./models";
import { upsertCollections, upsertSitePages, upsertThemeArticles } from "./pages";
import { upsertEvaluationFrameworks, upsertOrganisations, upsertTaxonomies } from "./taxonomy";
import { zero, type WriteCounts } from "./upsert";

/** The advisory lock that serialises seeds (any number no other lock of ours uses). */
const seedLock = 72707370;

export type SeedReport = Record<"terms" | "organisations" | "frameworks" | "collections" | "models" | "themeArticles" | "sitePages", WriteCounts>;

/**
 * `force`: a content file replaces a model that an editor changed in the working area since.
 * `storage`: where the PDFs beside models' index.yaml go; the configured storage by default.
 */
export type SeedOptions = WriterOptions & {
  /** Called after each batch of models is read and written: how many so far, of how many. */
  onProgress?: (models: { done: number; total: number }) => void;
};

/**
 * How long a seed may hold its transaction before Prisma abandons it: two minutes, and 20 ms
 * more per model (a 10,000-model seed writes in under a minute, a 100,000-model one in about six
 * on a two-core machine). A bound, not an estimate: it only stops a seed that hangs.
 */
const seedTimeoutMs = (modelCount: number) => 120_000 + 20 * modelCount;

/** A loaded catalogue's models as one batch of a stream that skipped none. */
function asStream(catalogue: Catalogue | CatalogueStream): Pick<CatalogueStream, "models" | "modelCount" | "unchanged" | "stamps"> {
  if (!Array.isArray(catalogue.models)) return catalogue as CatalogueStream;
  const models = catalogue.models;
  return { models: (async function* () { yield models; })(), modelCount: models.length, unchanged: [], stamps: new Map() };
}

/** Writes a catalogue: loaded, or with its models still being read (a stream). */
export async function seedCatalogue(db: Db, catalogue: Catalogue | CatalogueStream, options: SeedOptions = {}): Promise<SeedReport> {
  const report: SeedReport = {
    terms: zero(),
    organisations: zero(),
    frameworks: zero(),
    collections: zero(),
    models: zero(),
    themeArticles: zero(),
    sitePages: zero(),
  };
  const { models, modelCount, unchanged, stamps } = asStream(catalogue);
  await db.$transaction(
    async (tx) => {
      // Two instances starting at once on one server seed one after the other; the second
      // then finds every record unchanged.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${seedLock}::bigint)`;
      await upsertTaxonomies(tx, catalogue.taxonomies, report.terms);
      await upsertOrganisations(tx, catalogue.organisations.entries, report.organisations);
      // Before the models: their evaluations' results are read on these scales.
      await upsertEvaluationFrameworks(tx, catalogue.frameworks.entries, report.frameworks);
      await upsertCollections(tx, catalogue.collections, report.collections);
      const writeModels = await modelWriter(tx, report.models, { ...options, folderStamps: stamps });
      // Folders skipped unread are unchanged (seedFolder).
      const slugs: string[] = [...unchanged];
      report.models.unchanged += unchanged.length;
      for await (const batch of models) {
        await writeModels(batch);
        slugs.push(...batch.map((m) => m.slug));
        options.onProgress?.({ done: slugs.length, total: modelCount });
      }
      await archiveModelsNotIn(tx, slugs, report.models);
      await upsertThemeArticles(tx, catalogue.themeArticles, report.themeArticles);
      await upsertSitePages(tx, catalogue.pages, report.sitePages);
    },
    { maxWait: 30_000, timeout: seedTimeoutMs(modelCount) },
  );
  // Fresh statistics after models were written, so the planner uses the search indexes; the
  // embedded database has no autovacuum to gather them later.
  const written = report.models;
  if (written.created + written.updated + written.archived > 0) {
    await db.$executeRaw`ANALYZE "PracticeModel", "ModelTranslation", "ModelTerm", "SearchEntry"`;
  }
  return report;
}

/** Reads and writes the content folder `dir`; throws ContentErrors naming every problem. */
export async function seedFolder(db: Db, dir: string, options: SeedOptions & { reading?: ReadingPlan } = {}): Promise<SeedReport> {
  // A folder whose stamp is as this database last stored it is skipped unread. Read before the
  // seed's transaction: a model an editor changes meanwhile keeps the editor's text either way,
  // as it would with its file read (the file is unchanged).
  const stamps = await readFolderStamps(db);
  const unchanged = (slug: string, stamp: string) => stamps.get(slug) === storedFolderStamp(stamp);
  return seedCatalogue(db, await streamContent(dir, { reading: options.reading, unchanged }), options);
}
