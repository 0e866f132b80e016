// What the public internet meets: security headers on pages, API answers and 404s; a policy
// that blocks nothing the pages themselves need (no violation on any page type); and a 404
// that a reader without JavaScript can read, in their language.
import { expect, test } from "@playwright/test";
import sv from "../../messages/sv.json" with { type: "json" };
import fi from "../../messages/fi.json" with { type: "json" };
import { pageTypes, paths } from "./pages";

const common = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": expect.stringContaining("camera=()"),
};

test("headers: a page has a nonce policy and may be kept only privately; the API and a 404 are covered too", async ({ request }) => {
  const page = await request.get(paths.fi.models);
  expect(page.headers()).toMatchObject({ ...common, "cache-control": "private, no-cache" });
  const policy = page.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1] ?? "none";
  expect(policy).toContain("frame-ancestors 'none'");
  expect(await page.text()).toContain(`nonce="${nonce}"`);

  const api = await request.get("/api/models?q=sirkus");
  expect(api.headers()).toMatchObject({ ...common, "content-security-policy": expect.stringContaining("default-src 'none'") });

  const missing = await request.get("/fi/mallit/ei-ole-olemassa");
  expect(missing.status()).toBe(404);
  expect(missing.headers()).toMatchObject({ ...common, "content-security-policy": expect.stringContaining("'nonce-") });

  const file = await request.get("/favicon.ico");
  expect(file.headers()).toMatchObject(common);
});

test("a public page sends the browser only the messages its client components use, not the working area's", async ({ request }) => {
  const html = await (await request.get(paths.fi.models)).text();
  // Plain texts of the model form (one namespace of the working area), as they would travel.
  const formTexts = Object.values(fi.ModelEditor).filter((text): text is string => typeof text === "string" && /^[\p{L} ,.]{25,}$/u.test(text));
  expect(formTexts.length).toBeGreaterThan(3);
  for (const text of formTexts) expect(html).not.toContain(text);
  expect(html).toContain(fi.SearchForm.suggestionsLabel);
});

for (const [name, path] of Object.entries(pageTypes)) {
  test(`the security policy blocks nothing on the page: ${name}`, async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(path);
    await page.waitForLoadState("load");
    expect(violations).toEqual([]);
  });
}

test("a script that got into a page's HTML without the nonce does not run, and the browser reports it", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/.test(message.text())) refused.push(message.text());
  });
  // As if a stored payload had slipped past sanitising: the server's answer, headers kept,
  // with a script in its body.
  await page.route(`**${paths.fi.model}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</main>", "<script>window.injected = true;</script></main>");
    await route.fulfill({ response, body: html });
  });
  await page.goto(paths.fi.model);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  expect(refused.length).toBeGreaterThan(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a record that does not exist gets the 404 page in the reader's language, with a way back to search", async ({ page }) => {
    for (const [path, locale, messages] of [
      ["/sv/modeller/finns-inte", "sv", sv],
      ["/fi/teemat/ei-ole", "fi", fi],
      ["/fi/jotain/muuta", "fi", fi],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages.NotFoundPage.title);
      await page.getByRole("link", { name: messages.NotFoundPage.toCatalogue }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages.ModelsPage.title);
    }
  });
});
