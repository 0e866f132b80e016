import { expect, test } from "@playwright/test";
import fi from "../../messages/fi.json" with { type: "json" };
import { mainServer, paths } from "./pages";

test("search, filter and sort the catalogue through the form, keeping the state in the URL", async ({ page }) => {
  await page.goto(paths.fi.home);
  await page.getByRole("combobox", { name: fi.SearchForm.label }).fill("vankilasta vapautuneet");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/fi\/mallit\?q=vankilasta\+vapautuneet/);
  const results = page.getByRole("region", { name: fi.ModelsPage.resultsTitle });
  await expect(results.getByRole("article").first()).toContainText("Kohtaamispaikka vankilasta vapautuville");
  await expect(results.locator("mark").first()).toBeVisible();

  await page.goto(paths.fi.models);
  const filters = page.getByRole("form", { name: fi.ModelsPage.filtersTitle });
  // Beside the results on a wide screen, open without a tap (the phone's are in mobile.spec.ts).
  await expect(filters.getByText(fi.ModelsPage.showFilters)).toBeHidden();
  await filters.getByRole("group", { name: fi.ModelsPage.facets.evaluated }).getByRole("checkbox").check();
  await filters.getByRole("button", { name: fi.ModelsPage.applyFilters }).click();
  await expect(page).toHaveURL(/evaluated=yes/);
  await expect(results.getByRole("article")).toHaveCount(1);
  await page.getByRole("link", { name: fi.ModelsPage.clearFilters }).click();
  await expect(results.getByRole("article")).toHaveCount(9);

  await filters.getByLabel(fi.ModelsPage.sortLabel).selectOption("name");
  await filters.getByRole("button", { name: fi.ModelsPage.applyFilters }).click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(results.getByRole("article")).toHaveCount(9);
  const names = await results.getByRole("article").getByRole("heading").allTextContents();
  expect(names).toEqual([...names].sort(new Intl.Collator("fi").compare));
  expect(names.slice(-3)).toEqual(["Åbolands vertaisryhmä", "Ääniretket luontoon", "Öinen olohuone"]);
});

test("no results offers close names and a way back", async ({ page }) => {
  await page.goto(`${paths.fi.models}?q=sirkus&evaluated=yes`);
  await expect(page.getByText(fi.ModelsPage.empty)).toBeVisible();
  await page.getByRole("link", { name: "Sosiaalinen sirkus nuorille" }).click();
  await expect(page).toHaveURL("/fi/mallit/nuorisosirkus");
});

test("the result list downloads as CSV with a byte order mark, names never read as formulas", async ({ request }) => {
  const response = await request.get("/api/models/csv?locale=fi&theme=nature&theme=games");
  expect(response.headers()["content-type"]).toContain("text/csv");
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString("utf8");
  expect(text).toContain(fi.ModelsPage.csv.shortDescription);
  expect(text).toContain("/fi/mallit/aaniretket");
  // A spreadsheet would run "=SUMMA-paja…" as a formula; the export makes it text.
  expect(text).toContain("'=SUMMA-paja: matematiikkaa arkeen");
  expect(text).not.toMatch(/(^|,)=SUMMA/m);
});

test("the evaluations download as CSV like the models, and the JSON gives a model's evaluations; bad requests are readable 400s", async ({ request }) => {
  const response = await request.get("/api/evaluations/csv?locale=fi&county=satakunta", { headers: { "x-forwarded-host": "evil.example" } });
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toBe("text/csv; charset=utf-8");
  expect(headers["content-disposition"]).toMatch(/^attachment; filename="palaset-evaluations-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect(headers["cache-control"]).toBe((await request.get("/api/models/csv?locale=fi")).headers()["cache-control"]);
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString("utf8").trim().split("\r\n");
  expect(lines).toHaveLength(2); // the header and the fixture's one evaluation
  expect(lines[0]).toContain(fi.EvaluationsCsv.evaluator);
  expect(lines[1]).toContain(`${mainServer}/fi/mallit/kohtaamispaikka-vapautuville`);
  for (const query of ["locale=de", "from=2024-13-01", "county=ei-ole", "lang=sv"]) {
    const bad = await request.get(`/api/evaluations/csv?${query}`);
    expect(bad.status(), query).toBe(400);
    expect((await bad.json()).error, query).toMatch(/^Invalid parameters: /);
  }

  const json = await request.get("/api/models/kohtaamispaikka-vapautuville/evaluations");
  expect(json.status()).toBe(200);
  const { evaluations } = await json.json();
  expect(evaluations).toEqual([expect.objectContaining({ evaluatedOn: "2020-08-12", state: "published", documents: [expect.objectContaining({ sizeBytes: 830464 })] })]);
  expect((await request.get("/api/models/luonnosmalli/evaluations")).status()).toBe(404);
  expect((await request.get("/api/models/ei-ole-olemassa/evaluations")).status()).toBe(404);
  expect((await request.get("/api/models/Ei%20Slug/evaluations")).status()).toBe(400);
});

test("type-ahead suggestions work by keyboard and are announced", async ({ page }) => {
  await page.goto(paths.fi.home);
  const box = page.getByRole("combobox", { name: fi.SearchForm.label });
  await box.pressSequentially("sirk", { delay: 30 });
  const list = page.getByRole("listbox", { name: fi.SearchForm.suggestionsLabel });
  await expect(list.getByRole("option", { name: /Sosiaalinen sirkus nuorille/ })).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByText(/ehdotus/)).toBeAttached();

  await box.press("ArrowDown");
  const activeId = await box.getAttribute("aria-activedescendant");
  expect(activeId).toBeTruthy();
  await expect(page.locator(`[id="${activeId}"]`)).toHaveAttribute("aria-selected", "true");
  await box.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");

  await box.press("ArrowDown");
  await expect(list.getByRole("option", { selected: true })).toContainText("Sosiaalinen sirkus nuorille");
  await box.press("Enter");
  await expect(page).toHaveURL("/fi/mallit/nuorisosirkus");
});

test("the type-ahead's code loads after the page, and keeps what was typed before it came", async ({ page }) => {
  // Scripts the page asks for after its load event are held until the field has been typed in.
  let loaded = false;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const late: string[] = [];
  page.on("load", () => (loaded = true));
  await page.route("**/_next/static/**/*.js", async (route) => {
    if (loaded) {
      late.push(route.request().url());
      await held;
    }
    await route.continue();
  });
  await page.goto(paths.fi.home);
  await expect.poll(() => late.length).toBeGreaterThan(0); // the page asked for the type-ahead when idle

  // Meanwhile the page works, with a plain field.
  const field = page.getByRole("textbox", { name: fi.SearchForm.label });
  await field.pressSequentially("sir");
  await expect(page.getByRole("combobox")).toHaveCount(0);

  release();
  const box = page.getByRole("combobox", { name: fi.SearchForm.label });
  await expect(box).toHaveValue("sir");
  await expect(box).toBeFocused();
  await page.keyboard.type("k"); // the caret stayed at the end
  await expect(box).toHaveValue("sirk");
  const list = page.getByRole("listbox", { name: fi.SearchForm.suggestionsLabel });
  await expect(list.getByRole("option", { name: /Sosiaalinen sirkus nuorille/ })).toBeVisible();
});

test("a suggested theme leads to the catalogue filtered by it", async ({ page }) => {
  await page.goto(paths.fi.home);
  const box = page.getByRole("combobox", { name: fi.SearchForm.label });
  await box.pressSequentially("tarino", { delay: 30 });
  const option = page.getByRole("option").filter({ hasText: fi.SearchForm.kinds.theme }).first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(page).toHaveURL(/\/fi\/mallit\?theme=storytelling/);
});

test("a collection page searches within the collection and keeps its address", async ({ page }) => {
  await page.goto(paths.fi.collection);
  const search = page.getByRole("region", { name: fi.CollectionPage.searchLabel });
  await expect(search.getByRole("article")).toHaveCount(2); // the complete model and the story circle
  await search.getByRole("combobox", { name: fi.SearchForm.label }).fill("sirkus");
  await search.getByRole("button", { name: fi.SearchForm.submit }).click();
  await expect(page).toHaveURL(`${paths.fi.collection}?q=sirkus`);
  await expect(search.getByRole("article")).toHaveCount(0); // the circus is not in the collection
  await search.getByRole("combobox", { name: fi.SearchForm.label }).fill("tarinapiiri");
  await search.getByRole("button", { name: fi.SearchForm.submit }).click();
  await expect(search.getByRole("article").first()).toContainText("Tarinapiiri");
  await expect(search.getByRole("group", { name: fi.ModelsPage.facets.collection })).toHaveCount(0);
});
