// Paging through more results than fit on one page, on the server with 45 generated models:
// by keyboard, with the state in the URL, and a page past the end shown as the last page.
import { expect, test } from "@playwright/test";
import fi from "../../messages/fi.json" with { type: "json" };
import { pagingServer } from "./pages";

const labels = fi.ModelsPage.pagination;
const pageLabel = (page: number) => labels.page.replace("{page}", String(page));

test("pages through the catalogue by keyboard, each model on exactly one page", async ({ page }) => {
  await page.goto(`${pagingServer}/fi/mallit`);
  // Some generated models are drafts or archived: the count says how many are published.
  const count = await page.getByRole("status").filter({ hasText: /^\d+ mallia$/ }).textContent();
  const total = Number(count?.split(" ")[0]);
  expect(total).toBeGreaterThan(40); // three pages of 20
  const pager = page.getByRole("navigation", { name: labels.label });
  const cardNames = () => page.getByRole("article").getByRole("heading", { level: 3 }).allTextContents();

  const seen: string[] = [];
  for (let number = 1; number <= 3; number++) {
    await expect(pager.getByRole("link", { name: pageLabel(number) })).toHaveAttribute("aria-current", "page");
    seen.push(...(await cardNames()));
    if (number < 3) {
      await pager.getByRole("link", { name: labels.next }).focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`page=${number + 1}`));
    }
  }
  expect(seen).toHaveLength(total);
  expect(new Set(seen).size).toBe(total);
  await expect(pager.getByRole("link", { name: labels.next })).toHaveCount(0);

  await pager.getByRole("link", { name: labels.previous }).click();
  await expect(pager.getByRole("link", { name: pageLabel(2) })).toHaveAttribute("aria-current", "page");
});

test("keeps the search and filters on every page, and shows a page past the end as the last", async ({ page }) => {
  await page.goto(`${pagingServer}/fi/mallit?sort=name&page=999`);
  const pager = page.getByRole("navigation", { name: labels.label });
  await expect(pager.getByRole("link", { name: pageLabel(3) })).toHaveAttribute("aria-current", "page");
  await expect(pager.getByRole("link", { name: pageLabel(1) })).toHaveAttribute("href", /sort=name/);
});
