import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import fi from "../../messages/fi.json" with { type: "json" };
import { accounts } from "./accounts";
import { paths } from "./pages";
import { signIn } from "./sign-in";

test("on a phone the model page fits the screen without sideways scrolling", async ({ page }) => {
  for (const path of [paths.fi.home, paths.fi.models, paths.fi.model]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("on a phone the catalogue shows results first, with the filters one tap away", async ({ page }) => {
  await page.goto(paths.fi.models);
  const results = page.getByRole("region", { name: fi.ModelsPage.resultsTitle });
  const first = results.getByRole("article").first();
  // The first result is on the first screen, not below some fifty filter options.
  const box = await first.boundingBox();
  expect(box && box.y + box.height).toBeLessThan(page.viewportSize()!.height);

  const filters = page.getByRole("form", { name: fi.ModelsPage.filtersTitle });
  const evaluated = filters.getByRole("group", { name: fi.ModelsPage.facets.evaluated }).getByRole("checkbox");
  await expect(evaluated).toBeHidden();
  await filters.getByText(fi.ModelsPage.showFilters).click();
  await evaluated.check();
  await filters.getByRole("button", { name: fi.ModelsPage.applyFilters }).click();
  await expect(page).toHaveURL(/evaluated=yes/);
  await expect(results.getByRole("article")).toHaveCount(1);
  await expect(filters.getByText(`${fi.ModelsPage.showFilters} (1 valittu)`)).toBeVisible();
});

test("on a phone an editor writes a model: the form and the models list fit the screen and pass axe", async ({ page }) => {
  await signIn(page, accounts.editor.email);
  for (const path of ["/fi/toimitus/mallit/uusi", "/fi/toimitus/mallit"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id), path).toEqual([]);
  }
});

test("on a phone a filter's further options are one link away, and the filters stay open at that filter", async ({ page }) => {
  await page.goto(paths.fi.models);
  const filters = page.getByRole("form", { name: fi.ModelsPage.filtersTitle });
  await filters.getByText(fi.ModelsPage.showFilters).click();
  const themes = filters.getByRole("group", { name: fi.ModelsPage.facets.theme });
  const shown = await themes.getByRole("checkbox").count();
  const showAll = themes.getByRole("link", { name: new RegExp(`: ${fi.ModelsPage.facets.theme}$`) });
  const total = Number(/\((\d+)\)/.exec((await showAll.textContent()) ?? "")?.[1]);
  expect(shown).toBeLessThan(total);

  await showAll.click();
  await expect(page).toHaveURL(/expand=theme#filter-theme$/);
  // The panel is open after the reload and the reader is at the filter they asked for.
  await expect(themes.getByRole("checkbox")).toHaveCount(total);
  await expect(themes).toBeInViewport();
  await themes.getByRole("checkbox").last().check();
  await filters.getByRole("button", { name: fi.ModelsPage.applyFilters }).click();
  await expect(page).toHaveURL(/theme=.*expand=theme|expand=theme.*theme=/);
  await expect(themes.getByRole("checkbox")).toHaveCount(total);
});
