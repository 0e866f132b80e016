// Seed steps for collections, theme articles and site pages.
import { stateToDb } from "@/db/enums";
import { references, sync, textsOf, type SeedCounts, type SeedInput, type Tx } from "./sync";
import { lookups } from "./taxonomy";

export async function seedCollections(tx: Tx, catalogue: SeedInput, counts: SeedCounts) {
  for (const collection of catalogue.collections) {
    const translations = textsOf(collection.texts).map(([locale, t]) => ({ locale, name: t.name, summary: t.summary, body: t.body }));
    const data = { state: stateToDb[collection.facts.state], sourcePath: collection.sourcePath, sourceHash: collection.hash };
    await sync(
      counts,
      await tx.collection.findUnique({ where: { slug: collection.slug } }),
      collection.hash,
      () => tx.collection.create({ data: { slug: collection.slug, ...data, translations: { create: translations } } }),
      (id) =>
        tx.collection.update({
          where: { id },
          data: { ...data, version: { increment: 1 }, translations: { deleteMany: {}, create: translations } },
        }),
    );
  }
}

export async function seedThemeArticles(tx: Tx, catalogue: SeedInput, counts: SeedCounts) {
  const ids = await lookups(tx);
  const modelIds = new Map((await tx.practiceModel.findMany({ select: { id: true, slug: true } })).map((m) => [m.slug, m.id]));
  for (const article of catalogue.themeArticles) {
    const { facts } = article;
    const state = stateToDb[facts.state];
    const data = {
      state,
      themeId: facts.theme ? ids.term("themes", facts.theme) : null,
      sourcePath: article.sourcePath,
      sourceHash: article.hash,
      publishedAt: state === "PUBLISHED" ? new Date() : null,
    };
    const children = () => ({
      translations: {
        create: textsOf(article.texts).map(([locale, t]) => ({ locale, title: t.title, lead: t.lead, body: t.body })),
      },
      models: {
        create: facts.models.flatMap((slug, position) => {
          const modelId = modelIds.get(slug);
          return modelId ? [{ modelId, position }] : [];
        }),
      },
      references: { create: references(facts.references) },
    });
    await sync(
      counts,
      await tx.themeArticle.findUnique({ where: { slug: article.slug } }),
      article.hash,
      () => tx.themeArticle.create({ data: { slug: article.slug, ...data, ...children() } }),
      (id) => {
        const c = children();
        return tx.themeArticle.update({
          where: { id },
          data: {
            ...data,
            version: { increment: 1 },
            translations: { deleteMany: {}, ...c.translations },
            models: { deleteMany: {}, ...c.models },
            references: { deleteMany: {}, ...c.references },
          },
        });
      },
    );
  }
}

export async function seedSitePages(tx: Tx, catalogue: SeedInput, counts: SeedCounts) {
  for (const page of catalogue.pages) {
    const data = { state: stateToDb[page.facts.state], sourcePath: page.sourcePath, sourceHash: page.hash };
    const translations = () => ({
      create: textsOf(page.texts).map(([locale, t]) => ({
        locale,
        title: t.title,
        lead: t.lead,
        body: t.body,
        sections: { create: Object.entries(t.sections).map(([key, body]) => ({ key, body })) },
      })),
    });
    await sync(
      counts,
      await tx.sitePage.findUnique({ where: { key: page.slug } }),
      page.hash,
      () => tx.sitePage.create({ data: { key: page.slug, ...data, translations: translations() } }),
      (id) =>
        tx.sitePage.update({
          where: { id },
          data: { ...data, version: { increment: 1 }, translations: { deleteMany: {}, ...translations() } },
        }),
    );
  }
}

