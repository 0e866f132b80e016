// The catalogue as pages and API routes read it: every public read, bound to one database and
// kept in one cache until the catalogue changes (src/db/revision-cache.ts). Pages use the
// app's catalogue; tests and the benchmark make their own with createCatalogue(db).
//
// With a read replica (DATABASE_READ_URL), a request's reads go to one server, chosen once:
// the replica for public readers, the primary for anyone signed in (so an editor's or a
// publisher's own write shows on their next page) and whenever the replica does not answer.
// The request reads the catalogue's revision from the server it reads the rows from, so a
// cache entry never holds a lagging replica's rows under a newer revision; both servers share
// one store of results, since at one revision they hold the same catalogue. Public readers may
// see a publish late by the replica's lag (GET /api/health reports it).
import "server-only";
import { cookies } from "next/headers";
import { cache as perRequest } from "react";
import { getAppDb, getAppReadDb, getAppReadHealth } from "@/db/app";
import type { Db } from "@/db/client";
import type { Locale } from "@/domain/locale";
import { checkDatabase, checkReplica } from "@/db/health";
import { createResultStore, createRevisionCache, readCatalogueRevision, type ResultStore } from "@/db/revision-cache";
import { isSessionCookie } from "@/domain/session-cookie";
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

const appCacheBytes = () => env.PALASET_CACHE_MB * 1024 * 1024;

/** The catalogue of one database. */
export function createCatalogue(db: Db, cache: number | ResultStore = appCacheBytes()) {
  return createRoutedCatalogue(async () => db, cache);
}

/** The catalogue of the database `choose` names for the request (asked once a request where React can tell requests apart). */
export function createRoutedCatalogue(choose: () => Promise<Db>, cache: number | ResultStore = appCacheBytes()) {
  const dbOf = perRequest(choose);
  const cached = createRevisionCache(async () => readCatalogueRevision(await dbOf()), cache);
  /** `read(db, ...args)` as `(...args)`, its results kept. */
  const bound = <A extends unknown[], R>(name: string, read: (db: Db, ...args: A) => Promise<R>) =>
    cached(name, async (...args: A) => read(await dbOf(), ...args));
  // A search is kept under its canonical form only (canonicalSearch says why), told from
  // unknown filter values by the kept labels.
  const labels = bound("valueLabels", valueLabels);
  const knownValueSearch = cached("search", async (locale: Locale, search: SearchParams, size?: number) =>
    searchKnownValues(await dbOf(), locale, search, await labels(locale), size),
  );
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
      const { search, unknownValues } = canonicalSearch(requested, await labels(locale));
      return { ...(await knownValueSearch(locale, search, size)), unknownValues };
    },
    suggest: bound("suggest", suggest),
    getServedFile: bound("servedFile", readServedFile),
    listInaccessibleDocuments: bound("inaccessibleDocuments", readInaccessibleDocuments),
    /** One round trip to the database, never cached (GET /api/health). */
    checkDatabase: async () => checkDatabase(await dbOf()),
  };
}

export type Catalogue = ReturnType<typeof createCatalogue>;

declare global {
  // One per process, like the client it reads (src/db/app.ts says why), so that pages and
  // route handlers share one cache.
  var palasetAppResults: ResultStore | undefined;
  var palasetAppCatalogue: Catalogue | undefined;
  var palasetAppPrimaryCatalogue: Catalogue | undefined;
}

/** Where a request's catalogue reads go: the replica only for a public reader while it answers. */
export function readsFrom(reader: { signedIn: boolean; replica: "none" | "up" | "down" }): "primary" | "replica" {
  return reader.replica === "up" && !reader.signedIn ? "replica" : "primary";
}

const appResults = () => (globalThis.palasetAppResults ??= createResultStore(appCacheBytes()));

function appReadDb(signedIn: boolean): Db {
  const replica = getAppReadDb();
  const health = getAppReadHealth();
  const state = !replica || !health ? "none" : health.current().up ? "up" : "down";
  return replica && readsFrom({ signedIn, replica: state }) === "replica" ? replica : getAppDb();
}

/** Whether the request comes from someone signed in; outside a request, a public read. */
async function signedIn(): Promise<boolean> {
  try {
    return (await cookies()).getAll().some(({ name }) => isSessionCookie(name));
  } catch {
    return false;
  }
}

/** The catalogue of the app's own database(s), for the request being answered. */
export function catalogue(): Catalogue {
  globalThis.palasetAppCatalogue ??= createRoutedCatalogue(async () => appReadDb(await signedIn()), appResults());
  return globalThis.palasetAppCatalogue;
}

/** The catalogue for a reader the caller has already told signed in or not (the proxy reads the request's own cookies). */
export function catalogueFor(signedIn: boolean): Catalogue {
  if (!signedIn) return catalogue();
  globalThis.palasetAppPrimaryCatalogue ??= createCatalogue(getAppDb(), appResults());
  return globalThis.palasetAppPrimaryCatalogue;
}

/** The replica's state for GET /api/health: null without one. */
export async function checkAppReplica() {
  const replica = getAppReadDb();
  return replica ? checkReplica(replica) : null;
}
