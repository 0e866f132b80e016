// Home: what Palaset is, a search box into the catalogue, the collections, the newest models.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InLanguage } from "@/components/i18n/TranslatedText";
import { ModelCardList } from "@/components/models/ModelCard";
import { SearchForm } from "@/components/models/SearchForm";
import { catalogue } from "@/catalogue";
import { alternatesFor } from "@/i18n/metadata";
import { PlainLink } from "@/i18n/PlainLink";
import { localeFrom } from "@/i18n/params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  return { alternates: await alternatesFor("/", locale) };
}

export default async function HomePage({ params }: Props) {
  const locale = await localeFrom(params);
  const t = await getTranslations("HomePage");
  const read = catalogue();
  const [collections, themes, newest] = await Promise.all([
    read.listCollections(locale),
    read.listThemeArticles(locale),
    read.listModelCards(locale, { take: 6 }),
  ]);
  return (
    <div className="space-y-12">
      <section aria-labelledby="home-title" className="space-y-4">
        <h1 id="home-title" className="text-3xl font-bold text-brand">
          {t("title")}
        </h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("intro")}</p>
        <SearchForm />
      </section>

      <section aria-labelledby="collections-title">
        <h2 id="collections-title" className="mb-4 text-2xl font-bold">
          {t("collections")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {collections.map((c) => (
            <li key={c.slug} className="rounded-lg border border-slate-300 p-4">
              <InLanguage textLocale={c.locale}>
                <h3 className="text-lg font-bold">
                  <PlainLink href={{ pathname: "/collections/[slug]", params: { slug: c.slug } }} className="text-brand underline-offset-4 hover:underline">
                    {c.name}
                  </PlainLink>
                </h3>
                <p className="mt-2 text-slate-700">{c.summary}</p>
              </InLanguage>
              <p className="mt-2 text-sm">{t("modelCount", { count: c.modelCount })}</p>
            </li>
          ))}
        </ul>
      </section>

      {themes.length > 0 && (
        <section aria-labelledby="themes-title">
          <h2 id="themes-title" className="mb-4 text-2xl font-bold">
            {t("themes")}
          </h2>
          <ul className="space-y-3">
            {themes.map((theme) => (
              <li key={theme.slug}>
                <InLanguage textLocale={theme.locale}>
                  <PlainLink href={{ pathname: "/themes/[slug]", params: { slug: theme.slug } }} className="font-bold text-brand underline underline-offset-4">
                    {theme.title}
                  </PlainLink>
                  <p className="text-slate-700">{theme.lead}</p>
                </InLanguage>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="newest-title">
        <h2 id="newest-title" className="mb-4 text-2xl font-bold">
          {t("newest")}
        </h2>
        <ModelCardList models={newest} />
        <p className="mt-4">
          <PlainLink href="/models" className="font-semibold text-brand underline underline-offset-4">
            {t("allModels")}
          </PlainLink>
        </p>
      </section>
    </div>
  );
}
