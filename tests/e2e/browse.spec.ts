import { expect, test } from "@playwright/test";
import en from "../../messages/en.json" with { type: "json" };
import fi from "../../messages/fi.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { mainServer, paths } from "./pages";

const messages = { fi, sv, en } as const;

for (const locale of ["fi", "sv", "en"] as const) {
  test(`home page in ${locale}`, async ({ page }) => {
    const response = await page.goto(paths[locale].home);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages[locale].HomePage.title);
    await expect(page.getByRole("combobox", { name: messages[locale].SearchForm.label })).toBeVisible();
    await expect(page.getByRole("heading", { name: messages[locale].HomePage.collections })).toBeVisible();
    await expect(page.locator(`link[rel="alternate"][hreflang="sv"]`)).toHaveAttribute("href", `${mainServer}${paths.sv.home}`);
  });
}

test("the catalogue lists the model, and its page has every section", async ({ page }) => {
  await page.goto(paths.fi.models);
  const card = page.getByRole("article").filter({ hasText: "Kohtaamispaikka vankilasta vapautuville" });
  await expect(card).toContainText(fi.ModelCard.evaluated);
  await expect(card).toContainText("Satakunta");
  await card.getByRole("link").first().click();
  await expect(page).toHaveURL(paths.fi.model);

  const headings = page.getByRole("heading", { level: 2 });
  const expected = [
    fi.ModelPage.basicInformation,
    ...Object.values(fi.ModelPage.sections),
    fi.ModelPage.evaluationTitle,
    fi.ModelPage.backgroundLiterature,
    fi.ModelPage.themeArticles,
    fi.ModelPage.relatedModels,
  ];
  for (const title of expected) await expect(headings.filter({ hasText: title })).toHaveCount(1);
  // The table of contents links to each of them.
  const toc = page.getByRole("navigation", { name: fi.ModelPage.tableOfContents });
  await expect(toc.getByRole("link")).toHaveCount(expected.length);
  await toc.getByRole("link", { name: fi.ModelPage.sections.tips }).click();
  await expect(page).toHaveURL(/#tips$/);
  // The evaluation shows the three dimensions as data.
  await expect(page.locator('[data-dimension][data-strengthened="true"]')).toHaveCount(3);
  await expect(page.getByRole("link", { name: /Arviointiraportti/ })).toBeVisible();
  await expect(page.getByText(/PDF 811\s?kt/)).toBeVisible();
});

test("the language switcher keeps the reader on the same model", async ({ page }) => {
  await page.goto(paths.fi.model);
  await page.getByRole("navigation", { name: fi.LocaleSwitcher.label }).getByRole("link", { name: "Svenska" }).click();
  await expect(page).toHaveURL(paths.sv.model);
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("heading", { name: sv.ModelPage.sections["basic-idea"] })).toBeVisible();
  await page.getByRole("navigation", { name: sv.LocaleSwitcher.label }).getByRole("link", { name: "Suomi" }).click();
  await expect(page).toHaveURL(paths.fi.model);
});

test("theme and collection pages link to the model", async ({ page }) => {
  for (const path of [paths.en.theme, paths.en.collection]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: /prison background/i }).first()).toBeVisible();
  }
});

test("unknown slugs, paths and locales give the localized 404", async ({ page }) => {
  for (const [path, locale] of [
    ["/fi/mallit/ei-ole-olemassa", "fi"],
    ["/sv/modeller/finns-inte", "sv"],
    ["/en/themes/nothing-here", "en"],
    ["/en/no/such/page", "en"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages[locale].NotFoundPage.title);
  }
  const unknownLocale = await page.goto("/de/mallit");
  expect(unknownLocale?.status()).toBe(404);
});

test("the root address follows Accept-Language, with Finnish as the fallback", async ({ browser }) => {
  // Playwright sends the context's locale as Accept-Language.
  for (const [browserLocale, locale] of [["sv-FI", "sv"], ["en-GB", "en"], ["de-DE", "fi"]] as const) {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(paths[locale].home);
    await context.close();
  }
});

test("search works without JavaScript and odd input gives a normal page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(paths.fi.home);
  // A plain text field: the type-ahead that makes it a combobox is JavaScript.
  await page.getByRole("textbox", { name: fi.SearchForm.label }).fill("vapautuneet");
  await page.getByRole("button", { name: fi.SearchForm.submit }).click();
  await expect(page).toHaveURL(/\/fi\/mallit\?q=vapautuneet/);
  await expect(page.getByRole("article").first()).toContainText("Kohtaamispaikka");
  for (const q of ["'\"\\);--", "%%%", "x".repeat(5000), "🙂 عربى"]) {
    const response = await page.goto(`${paths.fi.models}?q=${encodeURIComponent(q)}&page=-1&q=2`);
    expect(response?.status()).toBe(200);
  }
  await context.close();
});

test("a brief entry says so, shows missing parts as not described, and links back to its theme", async ({ page }) => {
  await page.goto("/fi/mallit/nuorisosirkus");
  await expect(page.getByText(fi.ModelPage.brief)).toBeVisible();
  await expect(page.getByText(fi.ModelPage.notDescribed).first()).toBeVisible();
  await expect(page.getByText(fi.ModelPage.evaluation.elsewhere)).toBeVisible();
  await page.getByRole("link", { name: "Luovat menetelmät asiakastyössä" }).click();
  await expect(page).toHaveURL(paths.fi.theme);
  const linkedModels = page.getByRole("region", { name: fi.ThemePage.models });
  await expect(linkedModels.getByRole("article")).toHaveCount(4);
  await expect(linkedModels.getByRole("article").filter({ hasText: fi.ModelCard.brief })).toHaveCount(3);
});

test("a dimension name in an evaluation leads to its explanation on the framework page", async ({ page }) => {
  await page.goto(paths.en.model);
  await page.getByRole("link", { name: en.ModelPage.evaluation.dimensions["common-good"] }).click();
  await expect(page).toHaveURL("/en/evaluation-framework#common-good");
  await expect(page.locator("#common-good")).toBeInViewport();
});

test("footer leads to the about page and the accessibility statement in every language", async ({ page }) => {
  for (const locale of ["fi", "sv", "en"] as const) {
    await page.goto(paths[locale].home);
    const footer = page.getByRole("navigation", { name: messages[locale].Layout.footerNavigation });
    await footer.getByRole("link", { name: messages[locale].Layout.footerLinks.accessibility }).click();
    await expect(page.getByRole("heading", { name: messages[locale].AccessibilityPage.feedback, exact: true })).toBeVisible();
    await page.goto(paths[locale].home);
    await footer.getByRole("link", { name: messages[locale].Layout.footerLinks.about }).click();
    await expect(page.getByRole("link", { name: /CC BY 4\.0|creativecommons/i }).first()).toBeVisible();
  }
});
