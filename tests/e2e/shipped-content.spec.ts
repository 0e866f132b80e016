// The shipped content/, served as readers get it: every record has a working page in every
// language, and every page of it passes the accessibility scan. Only what must hold whatever
// the editors write is asserted; facts are tested on the fixture catalogue.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { loadContent } from "../../src/content/load";
import { locales } from "../../src/domain/locale";
import { routing, type AppPathname } from "../../src/i18n/routing";
import { shippedServer } from "./pages";

const catalogue = await loadContent("content");
const published = <T extends { facts: { state: string } }>(records: T[]) => records.filter((r) => r.facts.state === "published");
const routes: [AppPathname, string?][] = [
  ["/"],
  ["/models"],
  ...published(catalogue.models).map((m): [AppPathname, string] => ["/models/[slug]", m.slug]),
  ...published(catalogue.themeArticles).map((a): [AppPathname, string] => ["/themes/[slug]", a.slug]),
  ...published(catalogue.collections).map((c): [AppPathname, string] => ["/collections/[slug]", c.slug]),
  ...published(catalogue.pages).map((p): [AppPathname] => [`/${p.slug}`]),
];
/** The localized address, as routing.pathnames gives it (/fi/mallit/…, /sv/modeller/…). */
function localized(locale: (typeof locales)[number], [pathname, slug]: [AppPathname, string?]): string {
  const path = routing.pathnames[pathname];
  const inLocale = typeof path === "string" ? path : path[locale];
  return `/${locale}${inLocale === "/" ? "" : inLocale.replace("[slug]", slug ?? "")}`;
}
const addresses = locales.flatMap((locale) => routes.map((route) => ({ locale, path: localized(locale, route) })));

test("every published record of content/ has a page with a heading in fi, sv and en", async ({ request }) => {
  expect(addresses.length).toBeGreaterThan(3 * 5);
  for (const { locale, path } of addresses) {
    const response = await request.get(`${shippedServer}${path}`);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html, path).toContain(`<html lang="${locale}"`);
    expect(html, path).toMatch(/<h1[\s>]/);
  }
});

test("every page of content/ passes the accessibility scan (Finnish)", async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const { path } of addresses.filter((a) => a.locale === "fi")) {
    await page.goto(`${shippedServer}${path}`);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), path).toEqual([]);
  }
  await context.close();
});
