// The catalogue as pages and API routes read it: every public read, bound to one database and
// kept in one cache until the catalogue changes (src/db/revision-cache.ts). Pages use the
// app's catalogue; tests and the benchmark make their own with createCatalogue(db).
import "server-only";
import { getAppDb } from "@/db/app";
import type { Db } from "@/db/client";
import type { Locale } from "@/domain/locale";
import { checkDatabase } from "@/db/health";
import { createRevisionCache, readCatalogueRevision } from "@/db/revision-cache";
import { env } from "@/env";
import { readCollectionPage, readCollections } from "@/queries/collections";
import { readInaccessibleDocuments, readServedFile } from "@/queries/documents";
import { readEvaluationExport, readModelEvaluations } from "@/queries/evaluations";
import { readFeedEntries } from "@/queries/feed";
import { readModelCards, readModelPage } from "@/queries/models";
import { readPublicRecords } from "@/queries/public-records";
import { readPublishedSlugs } from "@/queries/published-slugs";
import { readRelatedModels } from "@/queries/related-models";
import { readSitePage } from "@/queries/site-pages";
import { readThemeArticlePage, readThemeArticles } from "@/queries/themes";
import type { SearchParams } from "@/search/params";
import { valueLabels } from "@/search/facets";
import { canonicalSearch, searchKnownValues } from "@/search/search";
import type { SearchResult } from "@/search/types";
import { suggest } from "@/search/suggest";

export function createCatalogue(db: Db, cacheBytes = env.PALASET_CACHE_MB * 1024 * 1024) {
  const cached = createRevisionCache(() => readCatalogueRevision(db), cacheBytes);
  /** `read(db, ...args)` as `(...args)`, its results kept. */
  const bound = <A extends unknown[], R>(name: string, read: (db: Db, ...args: A) => Promise<R>) =>
    cached(name, (...args: A) => read(db, ...args));
  // A search is kept under its canonical form only (canonicalSearch says why); the labels that
  // tell known values from unknown ones are kept as a list, which the cache can measure.
  const labels = bound("valueLabels", async (db: Db, locale: Locale) => [...(await valueLabels(db, locale))]);
  const knownValueSearch = bound("search", searchKnownValues);
  return {
    listModelCards: bound("modelCards", readModelCards),
    getModelPage: bound("modelPage", readModelPage),
    listRelatedModels: bound("relatedModels", readRelatedModels),
    getModelEvaluations: bound("modelEvaluations", readModelEvaluations),
    listEvaluationExport: bound("evaluationExport", readEvaluationExport),
    listFeedEntries: bound("feedEntries", readFeedEntries),
    listPublicRecords: bound("publicRecords", readPublicRecords),
    listCollections: bound("collections", readCollections),
    getCollectionPage: bound("collectionPage", readCollectionPage),
    listThemeArticles: bound("themeArticles", readThemeArticles),
    getThemeArticlePage: bound("themeArticlePage", readThemeArticlePage),
    getSitePage: bound("sitePage", readSitePage),
    publishedSlugs: bound("publishedSlugs", readPublishedSlugs),
    searchModels: async (locale: Locale, requested: SearchParams, size?: number): Promise<SearchResult> => {
      const { search, unknownValues } = canonicalSearch(requested, new Map(await labels(locale)));
      return { ...(await knownValueSearch(locale, search, size)), unknownValues };
    },
    suggest: bound("suggest", suggest),
    getServedFile: bound("servedFile", readServedFile),
    listInaccessibleDocuments: bound("inaccessibleDocuments", readInaccessibleDocuments),
    /** One round trip to the database, never cached (GET /api/health). */
    checkDatabase: () => checkDatabase(db),
  };
}

export type Catalogue = ReturnType<typeof createCatalogue>;

declare global {
  // One per process, like the client it reads (src/db/app.ts says why), so that pages and
  // route handlers share one cache.
  var palasetAppCatalogue: Catalogue | undefined;
}

/** The catalogue of the app's own database. */
export function catalogue(): Catalogue {
  globalThis.palasetAppCatalogue ??= createCatalogue(getAppDb());
  return globalThis.palasetAppCatalogue;
}
