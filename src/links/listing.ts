// The broken links as the working area lists them (/editorial/links): brokenLinks from
// ./targets.ts with each use's owner named in the reader's language (a model by its live name,
// with its id for the working area's page; a theme article by its title; an organisation by
// its name), and when the last check ran.
import type { Db } from "@/db/client";
import { pickTranslation, type Locale } from "@/domain/locale";
import { brokenLinks, type BrokenLink, type LinkField, type LinkOwner } from "./targets";

export type ListedUse = {
  field: LinkField;
  kind: LinkOwner["kind"];
  name: string;
  /** The model's id, for its working-area page; null for other owners. */
  modelId: string | null;
};
export type ListedBrokenLink = Omit<BrokenLink, "uses"> & { uses: ListedUse[] };
export type BrokenLinkList = { links: ListedBrokenLink[]; lastCheckedAt: Date | null };

export async function listBrokenLinks(db: Db, locale: Locale): Promise<BrokenLinkList> {
  const [links, last] = await Promise.all([brokenLinks(db), db.linkCheck.aggregate({ _max: { checkedAt: true } })]);
  const owners = links.flatMap((link) => link.uses.map((use) => use.owner));
  const keysOf = (kind: LinkOwner["kind"]) => [...new Set(owners.flatMap((o) => (o.kind !== kind ? [] : [o.kind === "organisation" ? o.key : o.slug])))];
  const [models, articles, organisations] = await Promise.all([
    db.practiceModel.findMany({ where: { slug: { in: keysOf("model") } }, select: { id: true, slug: true, translations: { select: { locale: true, name: true } } } }),
    db.themeArticle.findMany({ where: { slug: { in: keysOf("themeArticle") } }, select: { slug: true, translations: { select: { locale: true, title: true } } } }),
    db.organisation.findMany({ where: { key: { in: keysOf("organisation") } }, select: { key: true, name: true } }),
  ]);
  const modelOf = new Map(models.map((m) => [m.slug, { id: m.id, name: pickTranslation(m.translations, locale)?.name || m.slug }]));
  const articleOf = new Map(articles.map((a) => [a.slug, pickTranslation(a.translations, locale)?.title || a.slug]));
  const organisationOf = new Map(organisations.map((o) => [o.key, o.name]));
  const named = (field: LinkField, owner: LinkOwner): ListedUse => {
    if (owner.kind === "model") {
      const model = modelOf.get(owner.slug);
      return { field, kind: owner.kind, name: model?.name ?? owner.slug, modelId: model?.id ?? null };
    }
    if (owner.kind === "themeArticle") return { field, kind: owner.kind, name: articleOf.get(owner.slug) ?? owner.slug, modelId: null };
    return { field, kind: owner.kind, name: organisationOf.get(owner.key) ?? owner.key, modelId: null };
  };
  return {
    links: links.map((link) => ({ ...link, uses: link.uses.map((use) => named(use.field, use.owner)) })),
    lastCheckedAt: last._max.checkedAt,
  };
}
