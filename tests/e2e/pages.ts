// Addresses of the shipped content, shared by the end-to-end tests.
export const model = "vankitaustaisten-asiakassuhteen-rakennus";
export const theme = "luovasti-ja-leikkisasti";
export const collection = "osallisuuden-palaset";

export const paths = {
  fi: { home: "/fi", models: "/fi/mallit", model: `/fi/mallit/${model}`, theme: `/fi/teemat/${theme}`, collection: `/fi/kokoelmat/${collection}` },
  sv: { home: "/sv", models: "/sv/modeller", model: `/sv/modeller/${model}`, theme: `/sv/teman/${theme}`, collection: `/sv/samlingar/${collection}` },
  en: { home: "/en", models: "/en/models", model: `/en/models/${model}`, theme: `/en/themes/${theme}`, collection: `/en/collections/${collection}` },
} as const;

/** The server on 45 generated models (playwright.config.ts), for paging through results. */
export const pagingServer = "http://localhost:3211";
