// The addresses of every published record, so that a request for one that does not exist can
// be answered 404 before any page starts rendering (src/proxy.ts). Collections and theme
// articles are also published only when they have a text (their pages need one). A model's
// earlier addresses are answered with a permanent redirect to its current one.
import type { Db } from "@/db/client";

export type RecordKind = "models" | "themes" | "collections";
export type PublishedSlugs = Record<RecordKind, string[]> & {
  /** A published model's earlier addresses: old slug → current slug. */
  movedModels: Record<string, string>;
};

export async function readPublishedSlugs(db: Db): Promise<PublishedSlugs> {
  const published = { state: "PUBLISHED" as const };
  const [models, themes, collections, moved] = await Promise.all([
    db.practiceModel.findMany({ where: published, select: { slug: true } }),
    db.themeArticle.findMany({ where: { ...published, translations: { some: {} } }, select: { slug: true } }),
    db.collection.findMany({ where: { ...published, translations: { some: {} } }, select: { slug: true } }),
    db.modelSlugRedirect.findMany({ where: { model: published }, select: { slug: true, model: { select: { slug: true } } } }),
  ]);
  const slugs = (rows: { slug: string }[]) => rows.map((row) => row.slug);
  return {
    models: slugs(models),
    themes: slugs(themes),
    collections: slugs(collections),
    movedModels: Object.fromEntries(moved.map((m) => [m.slug, m.model.slug])),
  };
}
