// The choices of the model form in the editor's language: taxonomy terms, organisations,
// collections, read through the public queries' label rules.
import "server-only";
import { getAppDb } from "@/db/app";
import { taxonomyKindToDb } from "@/db/enums";
import { pickTranslation, type Locale } from "@/domain/locale";
import type { TaxonomyKindKey } from "@/domain/model";
import { toTerm } from "@/queries/terms";
import type { keyFields } from "./form";


export type Option = { key: string; label: string };
export type FormOptions = Record<(typeof keyFields)[number] | "developmentStage" | "collection", Option[]>;

export async function formOptions(locale: Locale): Promise<FormOptions> {
  const db = getAppDb();
  const [terms, organisations, collections] = await Promise.all([
    db.taxonomyTerm.findMany({ include: { labels: true }, orderBy: { position: "asc" } }),
    db.organisation.findMany({ orderBy: { name: "asc" } }),
    db.collection.findMany({ include: { translations: true }, orderBy: { slug: "asc" } }),
  ]);
  const of = (kind: TaxonomyKindKey) => terms.filter((t) => t.kind === taxonomyKindToDb[kind]).map((t) => toTerm(t, locale));
  return {
    themes: of("themes"),
    targetGroups: of("target-groups"),
    regions: of("regions"),
    wellbeingServicesCounties: of("wellbeing-services-counties"),
    funders: of("funders"),
    developmentStage: of("development-stages"),
    developers: organisations.map((o) => ({ key: o.key, label: o.name })),
    collection: collections.map((c) => ({ key: c.slug, label: pickTranslation(c.translations, locale)?.name ?? c.slug })),
  };
}
