// schema.org descriptions of Palaset's pages for search engines (JSON-LD). A model is a
// CreativeWork by its developing organisations, about its themes, for its target groups.
import type { ModelPage } from "./model";

export type ModelAddresses = {
  /** The model's page in the reader's language. */
  page: string;
  /** The collection's page, when the model belongs to one. */
  collection: string | null;
  /** The site's home page. */
  site: string;
};

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : undefined);
const organisation = (name: string) => ({ "@type": "Organization", name });

export function modelJsonLd(model: ModelPage, addresses: ModelAddresses, siteName: string): object {
  return {
    "@context": "https://schema.org",
    "@type": "CreativeWork",
    "@id": addresses.page,
    url: addresses.page,
    name: model.name,
    description: model.shortDescription,
    inLanguage: model.locale,
    dateCreated: day(model.createdOn),
    dateModified: day(model.lastModifiedOn),
    creativeWorkStatus: model.developmentStage?.label,
    author: model.developers.map(organisation),
    funder: model.funders.map((f) => organisation(f.label)),
    keywords: model.themes.map((t) => t.label),
    audience: model.targetGroups.map((g) => ({ "@type": "Audience", audienceType: g.label })),
    spatialCoverage: model.regions.map((r) => ({ "@type": "Place", name: r.label })),
    isPartOf:
      model.collection && addresses.collection ? { "@type": "Collection", name: model.collection.name, url: addresses.collection } : undefined,
    publisher: { "@type": "Organization", name: siteName, url: addresses.site },
  };
}
