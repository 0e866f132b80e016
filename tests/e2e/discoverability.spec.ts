// What search engines, feed readers, link previews and printers get: sitemap, robots.txt, Atom
// feeds, absolute canonical and hreflang links, JSON-LD, OpenGraph, icons, the print stylesheet,
// related models and the privacy notice. Against the fixture catalogue
// (tests/fixtures/catalogue/README.md: 9 published models, one draft, tarinapiiri without sv).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { parse as parseYaml } from "yaml";
import en from "../../messages/en.json" with { type: "json" };
import fi from "../../messages/fi.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { mainServer, paths } from "./pages";

const messages = { fi, sv, en } as const;
const locales = ["fi", "sv", "en"] as const;
const modelPath = { fi: "/fi/mallit/", sv: "/sv/modeller/", en: "/en/models/" } as const;
const privacyPath = { fi: "/fi/tietosuoja", sv: "/sv/dataskydd", en: "/en/privacy" } as const;

const modelsDir = "tests/fixtures/catalogue/models";
const fixtureModels = readdirSync(modelsDir).map((slug) => ({
  slug,
  state: String(parseYaml(readFileSync(join(modelsDir, slug, "index.yaml"), "utf8")).state),
}));
const published = fixtureModels.filter((m) => m.state === "published").map((m) => m.slug);
const drafts = fixtureModels.filter((m) => m.state !== "published").map((m) => m.slug);

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["url", "xhtml:link", "entry", "link"].includes(name) });

test("the fixture has the published models and the draft the tests expect", () => {
  expect(published).toHaveLength(9);
  expect(drafts).toEqual(["luonnosmalli"]);
});

test("sitemap.xml parses and lists every published model in three languages, with alternates", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const { urlset } = xml.parse(await response.text());
  type Entry = { loc: string; "xhtml:link"?: { "@_hreflang": string; "@_href": string }[] };
  const entries: Entry[] = urlset.url;
  const locs = entries.map((e) => e.loc);
  for (const slug of published) {
    for (const locale of locales) expect(locs).toContain(`${mainServer}${modelPath[locale]}${slug}`);
  }
  for (const slug of drafts) expect(locs.filter((loc) => loc.endsWith(`/${slug}`))).toEqual([]);
  for (const locale of locales) expect(locs).toContain(`${mainServer}${privacyPath[locale]}`);
  // Each entry names itself and the other languages.
  const reference = entries.find((e) => e.loc === `${mainServer}${paths.sv.model}`);
  const alternates = Object.fromEntries((reference?.["xhtml:link"] ?? []).map((l) => [l["@_hreflang"], l["@_href"]]));
  expect(alternates).toMatchObject({ fi: `${mainServer}${paths.fi.model}`, sv: `${mainServer}${paths.sv.model}`, en: `${mainServer}${paths.en.model}` });
  expect(locs.some((loc) => /\/api\/|toimitus|kirjaudu/.test(loc))).toBe(false);
});

test("robots.txt keeps crawlers out of the API and the working area, and names the sitemap", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  for (const path of ["/api/", "/fi/toimitus", "/sv/redaktion", "/en/editorial", "/fi/kirjaudu", "/en/sign-in"]) {
    expect(text).toContain(`Disallow: ${path}\n`);
  }
  expect(text).toContain(`Sitemap: ${mainServer}/sitemap.xml`);
});

for (const locale of locales) {
  test(`the Atom feed in ${locale} parses and lists every published model, linked from the head`, async ({ page, request }) => {
    await page.goto(paths[locale].home);
    const link = page.locator('link[rel="alternate"][type="application/atom+xml"]');
    await expect(link).toHaveAttribute("href", `${mainServer}/${locale}/feed.xml`);
    await expect(link).toHaveAttribute("title", messages[locale].Feed.title);

    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const { feed } = xml.parse(await response.text());
    expect(feed.title).toBe(messages[locale].Feed.title);
    const links: string[] = feed.entry.map((e: { link: { "@_href": string }[] }) => e.link[0]?.["@_href"]);
    expect(links.sort()).toEqual(published.map((slug) => `${mainServer}${modelPath[locale]}${slug}`).sort());
    const updated: string[] = feed.entry.map((e: { updated: string }) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
  });
}

test("a feed for an unknown language is not there", async ({ request }) => {
  expect((await request.get("/de/feed.xml")).status()).toBe(404);
});

test("a model page has absolute canonical and hreflang links, OpenGraph and JSON-LD that parses", async ({ page, request }) => {
  await page.goto(paths.en.model);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${mainServer}${paths.en.model}`);
  await expect(page.locator('link[rel="alternate"][hreflang="fi"]')).toHaveAttribute("href", `${mainServer}${paths.fi.model}`);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", `${mainServer}${paths.fi.model}`);
  const name = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", name);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `${mainServer}${paths.en.model}`);

  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(new RegExp(`^${mainServer}/`));
  const picture = await request.get(image ?? "");
  expect(picture.status()).toBe(200);
  expect(picture.headers()["content-type"]).toBe("image/png");

  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "");
  expect(data).toMatchObject({ "@context": "https://schema.org", "@type": "CreativeWork", name, url: `${mainServer}${paths.en.model}`, inLanguage: "en" });
  expect(data.author.map((a: { name: string }) => a.name)).toEqual(["Porin Tukiyhdistys ry", "Rauman Kohtaamo ry"]);
});

test("related models: published ones sharing a theme, never a draft", async ({ page }) => {
  await page.goto("/fi/mallit/aaniretket");
  const related = page.getByRole("region", { name: fi.ModelPage.relatedModels });
  await expect(related.getByRole("link")).toHaveText(["Öinen olohuone"]);
});

test("printed, a model page has no navigation or forms, and ends with its address, the date and how to cite it", async ({ page }) => {
  await page.goto(paths.fi.model);
  const address = `${mainServer}${paths.fi.model}`;
  const printFooter = page.getByText(fi.PrintFooter.address.replace("{url}", address));
  await expect(printFooter).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: fi.Layout.mainNavigation })).toBeHidden();
  await expect(page.getByRole("navigation", { name: fi.Layout.footerNavigation })).toBeHidden();
  await expect(page.getByRole("navigation", { name: fi.ModelPage.tableOfContents })).toBeHidden();
  await expect(printFooter).toBeVisible();
  await expect(page.getByText(fi.PrintFooter.printed.replace("{date}", ""))).toBeVisible();
  const cite = page.getByRole("region", { name: fi.HowToCite.title });
  await expect(cite).toBeVisible();
  await expect(cite).toContainText("Porin Tukiyhdistys ry, Rauman Kohtaamo ry: Kohtaamispaikka vankilasta vapautuville. Palaset.");
  await expect(cite).toContainText(address);
});

test("printed, the catalogue has no search form and no CSV link", async ({ page }) => {
  await page.goto(paths.fi.models);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("search")).toBeHidden();
  await expect(page.getByRole("link", { name: fi.ModelsPage.downloadCsv })).toBeHidden();
  await expect(page.getByText(fi.PrintFooter.address.replace("{url}", `${mainServer}${paths.fi.models}`))).toBeVisible();
});

test("the CSV link is nofollow, and the CSV's addresses are the public ones whatever the Host header", async ({ page, request }) => {
  await page.goto(paths.fi.models);
  await expect(page.getByRole("link", { name: fi.ModelsPage.downloadCsv })).toHaveAttribute("rel", "nofollow");
  const csv = await (await request.get("/api/models/csv?locale=fi", { headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } })).text();
  const addresses = csv.match(/https?:\/\/[^,\r\n"]+/g) ?? [];
  expect(addresses).toHaveLength(published.length);
  expect(addresses.every((a) => a.startsWith(`${mainServer}/fi/mallit/`))).toBe(true);
});

test("the favicon, the icons and the manifest are there", async ({ page, request }) => {
  for (const path of ["/favicon.ico", "/icon.svg", "/apple-touch-icon.png", "/icon-192.png", "/manifest.webmanifest"]) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  await page.goto(paths.fi.home);
  await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
});

for (const locale of locales) {
  test(`the footer links to the privacy notice in ${locale}`, async ({ page }) => {
    await page.goto(paths[locale].home);
    await page.getByRole("navigation", { name: messages[locale].Layout.footerNavigation }).getByRole("link", { name: messages[locale].Layout.footerLinks.privacy }).click();
    await expect(page).toHaveURL(privacyPath[locale]);
    await expect(page.getByRole("heading", { name: messages[locale].PrivacyPage.controllerTitle })).toBeVisible();
    await expect(page.getByRole("heading", { name: messages[locale].PrivacyPage.retention.title })).toBeVisible();
    // Not configured on the test server: the notice says so instead of showing nothing.
    await expect(page.getByText(messages[locale].PrivacyPage.notConfiguredNote)).toBeVisible();
    await expect(page.getByRole("cell", { name: messages[locale].PrivacyPage.retention.localeCookie.period })).toBeVisible();
  });
}
