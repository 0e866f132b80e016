import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
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
