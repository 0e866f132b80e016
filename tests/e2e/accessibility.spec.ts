import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import fi from "../../messages/fi.json" with { type: "json" };
import { pageTypes, paths } from "./pages";

for (const [name, path] of Object.entries(pageTypes)) {
  test(`axe finds no serious or critical violation: ${name}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("keyboard: the skip link is the first stop and moves focus to the content", async ({ page }) => {
  await page.goto(paths.fi.model);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: fi.Layout.skipToContent });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press("Tab");
  // The next stop is inside the main content, not back in the header.
  expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
});
