// Loads the validated content into the database in one transaction. A record whose files
// are unchanged (same hash) is skipped, so a second run changes nothing; any error rolls the
// whole seed back and leaves the database as it was.
import type { Db } from "@/db/client";
import { seedModels } from "./models";
import { seedCollections, seedSitePages, seedThemeArticles } from "./pages";
import { zero, type SeedInput, type SeedReport } from "./sync";
import { seedOrganisations, seedTaxonomies } from "./taxonomy";

export type { SeedReport } from "./sync";

/**
 * Writes the catalogue into the database in one transaction. Given a stream, it writes the
 * models as they are read; a problem in any of them rolls everything back.
 */
export async function seedCatalogue(db: Db, catalogue: SeedInput): Promise<SeedReport> {
  const report: SeedReport = {
    terms: zero(),
    organisations: zero(),
    collections: zero(),
    models: zero(),
    themeArticles: zero(),
    sitePages: zero(),
  };
  await db.$transaction(
    async (tx) => {
      await seedTaxonomies(tx, catalogue, report.terms);
      await seedOrganisations(tx, catalogue, report.organisations);
      await seedCollections(tx, catalogue, report.collections);
      await seedModels(tx, catalogue, report.models);
      await seedThemeArticles(tx, catalogue, report.themeArticles);
      await seedSitePages(tx, catalogue, report.sitePages);
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
  // Fresh statistics after models were written, so the planner uses the search indexes; the
  // embedded database has no autovacuum to gather them later.
  if (report.models.created + report.models.updated + report.models.archived > 0) {
    await db.$executeRaw`ANALYZE "PracticeModel", "ModelTranslation", "ModelTerm"`;
  }
  return report;
}
