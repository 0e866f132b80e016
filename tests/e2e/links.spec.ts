// The broken links' page in a browser: a coordinator finds it in the working area's menu, it
// says how the check runs, and it passes an axe scan; an editor has no such menu item. No link
// check runs here, so the list may well be empty; listing and fixing are tested on both
// databases in tests/integration/link-fix.test.ts.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import fi from "../../messages/fi.json" with { type: "json" };
import { accounts } from "./accounts";
import { signIn } from "./sign-in";

test("a coordinator opens the broken links from the menu, and the page passes an axe scan", async ({ page }) => {
  await signIn(page, accounts.coordinator.email);
  await expect(page).toHaveURL("/fi/toimitus");
  const menu = page.getByRole("navigation", { name: fi.EditorialLayout.navigation });
  await menu.getByRole("link", { name: fi.EditorialLayout.links, exact: true }).click();
  await expect(page).toHaveURL("/fi/toimitus/linkit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fi.LinksPage.title);
  await expect(page.locator("code", { hasText: "npm run links:check" })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
});

test("an editor has no broken links in the menu", async ({ page }) => {
  await signIn(page, accounts.editor.email);
  await expect(page).toHaveURL("/fi/toimitus");
  const menu = page.getByRole("navigation", { name: fi.EditorialLayout.navigation });
  await expect(menu.getByRole("link", { name: fi.EditorialLayout.models, exact: true })).toBeVisible();
  await expect(menu.getByRole("link", { name: fi.EditorialLayout.links, exact: true })).toHaveCount(0);
});
