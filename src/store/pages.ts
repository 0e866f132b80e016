// Writes the text records besides models: collections, theme articles and site pages, each
// with its translations, inside the caller's transaction. Models the articles link to must be
// written first.
import type { LoadedCollection, LoadedSitePage, LoadedThemeArticle } from "@/content/load";
import { stateToDb } from "@/db/enums";
import { presentTexts } from "@/domain/locale";
import { lookups } from "./taxonomy";
import { bibliographyRows, upsertByHash, type Tx, type WriteCounts } from "./upsert";

const source = (record: { sourcePath: string; hash: string }) => ({ sourcePath: record.sourcePath, sourceHash: record.hash });

export async function upsertCollections(tx: Tx, collections: LoadedCollection[], counts: WriteCounts) {
  for (const collection of collections) {
    const translations = presentTexts(collection.texts).map(([locale, t]) => ({ locale, name: t.name, summary: t.summary, body: t.body }));
    const data = { state: stateToDb[collection.facts.state], ...source(collection) };
    await upsertByHash(counts, await tx.collection.findUnique({ where: { slug: collection.slug } }), collection.hash, {
      create: () => tx.collection.create({ data: { slug: collection.slug, ...data, translations: { create: translations } } }),
      update: (id) =>
        tx.collection.update({ where: { id }, data: { ...data, version: { increment: 1 }, translations: { deleteMany: {}, create: translations } } }),
    });
  }
}

export async function upsertThemeArticles(tx: Tx, articles: LoadedThemeArticle[], counts: WriteCounts) {
  const ids = await lookups(tx);
  const modelIds = new Map((await tx.practiceModel.findMany({ select: { id: true, slug: true } })).map((m) => [m.slug, m.id]));
  for (const article of articles) {
    const { facts } = article;
    const state = stateToDb[facts.state];
    const data = {
      state,
      themeId: facts.theme ? ids.term("themes", facts.theme) : null,
      ...source(article),
      publishedAt: state === "PUBLISHED" ? new Date() : null,
    };
    const translations = presentTexts(article.texts).map(([locale, t]) => ({ locale, title: t.title, lead: t.lead, body: t.body }));
    const models = facts.models.flatMap((slug, position) => {
      const modelId = modelIds.get(slug);
      return modelId ? [{ modelId, position }] : [];
    });
    const references = bibliographyRows(facts.references);
    await upsertByHash(counts, await tx.themeArticle.findUnique({ where: { slug: article.slug } }), article.hash, {
      create: () =>
        tx.themeArticle.create({
          data: { slug: article.slug, ...data, translations: { create: translations }, models: { create: models }, references: { create: references } },
        }),
      update: (id) =>
        tx.themeArticle.update({
          where: { id },
          data: {
            ...data,
            version: { increment: 1 },
            translations: { deleteMany: {}, create: translations },
            models: { deleteMany: {}, create: models },
            references: { deleteMany: {}, create: references },
          },
        }),
    });
  }
}

export async function upsertSitePages(tx: Tx, pages: LoadedSitePage[], counts: WriteCounts) {
  for (const page of pages) {
    const data = { state: stateToDb[page.facts.state], ...source(page) };
    const translations = presentTexts(page.texts).map(([locale, t]) => ({
      locale,
      title: t.title,
      lead: t.lead,
      body: t.body,
      sections: { create: Object.entries(t.sections).map(([key, body]) => ({ key, body })) },
    }));
    await upsertByHash(counts, await tx.sitePage.findUnique({ where: { key: page.slug } }), page.hash, {
      create: () => tx.sitePage.create({ data: { key: page.slug, ...data, translations: { create: translations } } }),
      update: (id) =>
        tx.sitePage.update({ where: { id }, data: { ...data, version: { increment: 1 }, translations: { deleteMany: {}, create: translations } } }),
    });
  }
}
