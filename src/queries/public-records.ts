// Every published record's key and last change, for the sitemap: models, theme articles,
// collections and site pages.
import "server-only";
import type { Db } from "@/db/client";
import { sitePageKeys, type SitePageKey } from "@/domain/model";
import type { DatedRecord } from "@/domain/pages";

export type PublicRecords = {
  models: DatedRecord[];
  themeArticles: DatedRecord[];
  collections: DatedRecord[];
  sitePages: { key: SitePageKey; updatedAt: Date }[];
};

const published = { state: "PUBLISHED" } as const;
const dated = { select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } } as const;

function isSitePageKey(key: string): key is SitePageKey {
  return (sitePageKeys as readonly string[]).includes(key);
}

export async function readPublicRecords(db: Db): Promise<PublicRecords> {
  const [models, themeArticles, collections, pages] = await Promise.all([
    db.practiceModel.findMany({ where: published, ...dated }),
    db.themeArticle.findMany({ where: published, ...dated }),
    db.collection.findMany({ where: published, ...dated }),
    db.sitePage.findMany({ where: published, select: { key: true, updatedAt: true }, orderBy: { key: "asc" } }),
  ]);
  return {
    models,
    themeArticles,
    collections,
    sitePages: pages.flatMap(({ key, updatedAt }) => (isSitePageKey(key) ? [{ key, updatedAt }] : [])),
  };
}
