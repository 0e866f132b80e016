// Addresses the end-to-end tests visit. The main server serves the fixture catalogue
// (tests/fixtures/catalogue, whose README lists its facts); two more serve a generated
// catalogue for paging and the shipped content/ (playwright.config.ts).
export const model = "kohtaamispaikka-vapautuville";
export const theme = "luovat-menetelmat";
export const collection = "testikokoelma";

export const paths = {
  fi: { home: "/fi", models: "/fi/mallit", model: `/fi/mallit/${model}`, theme: `/fi/teemat/${theme}`, collection: `/fi/kokoelmat/${collection}` },
  sv: { home: "/sv", models: "/sv/modeller", model: `/sv/modeller/${model}`, theme: `/sv/teman/${theme}`, collection: `/sv/samlingar/${collection}` },
  en: { home: "/en", models: "/en/models", model: `/en/models/${model}`, theme: `/en/themes/${theme}`, collection: `/en/collections/${collection}` },
} as const;

/** The server on 45 generated models, for paging through results. */
export const pagingServer = "http://localhost:3211";
/** The server on the shipped content/, for what must hold whatever its editors write. */
export const shippedServer = "http://localhost:3212";

/** One page of each kind, for checks every page must pass (axe, the security policy). */
export const pageTypes = {
  home: paths.fi.home,
  catalogue: paths.fi.models,
  "search with results and filters": `${paths.fi.models}?q=osallisuus&theme=participation&sort=name`,
  "search without results": `${paths.sv.models}?q=zzqqxx`,
  "a middle page of a long result list": `${pagingServer}/fi/mallit?page=2`,
  model: paths.fi.model,
  "model (sv)": paths.sv.model,
  "model (en)": paths.en.model,
  theme: paths.fi.theme,
  collection: paths.fi.collection,
  "brief model": "/fi/mallit/kulttuurikortti",
  framework: "/fi/arviointikehys",
  about: "/sv/om-tjansten",
  accessibility: "/en/accessibility",
  "not found": "/fi/mallit/ei-ole-olemassa",
  "sign-in": "/fi/kirjaudu",
};
