import { expect, test } from "@playwright/test";
import { paths } from "./pages";

test("on a phone the model page fits the screen without sideways scrolling", async ({ page }) => {
  for (const path of [paths.fi.home, paths.fi.models, paths.fi.model]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
