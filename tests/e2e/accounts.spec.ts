// Signing in to the working area as each role, what each role may open, throttling, deactivated
// people, returning to a deep link, signing out, and the pages' accessibility.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import fi from "../../messages/fi.json" with { type: "json" };
import { TOTP } from "otpauth";
import { accounts, password } from "./accounts";
import { fillSignIn } from "./sign-in";

const signInPath = "/fi/kirjaudu";

/** The form on the current page (the spec's tests often come to it by a redirect). */
const signIn = fillSignIn;

async function scanForViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
}

/** The form's own alert (Next adds a route announcer with the same role). */
const errorMessage = (page: Page) => page.locator("#sign-in-error");

/** Which working-area pages each role opens (200) and which it is refused (403). */
const routeMatrix = {
  admin: { "/fi/toimitus": 200, "/fi/toimitus/ihmiset": 200, "/fi/toimitus/loki": 200, "/fi/toimitus/palaute": 200, "/fi/toimitus/linkit": 200, "/fi/toimitus/mallit": 200, "/fi/toimitus/mallit/uusi": 200 },
  coordinator: { "/fi/toimitus": 200, "/fi/toimitus/ihmiset": 403, "/fi/toimitus/loki": 403, "/fi/toimitus/palaute": 403, "/fi/toimitus/linkit": 200, "/fi/toimitus/mallit": 200, "/fi/toimitus/mallit/uusi": 403 },
  editor: { "/fi/toimitus": 200, "/fi/toimitus/ihmiset": 403, "/fi/toimitus/loki": 403, "/fi/toimitus/palaute": 403, "/fi/toimitus/linkit": 403, "/fi/toimitus/mallit": 200, "/fi/toimitus/mallit/uusi": 200 },
  publisher: { "/fi/toimitus": 200, "/fi/toimitus/ihmiset": 403, "/fi/toimitus/loki": 403, "/fi/toimitus/palaute": 403, "/fi/toimitus/linkit": 403, "/fi/toimitus/mallit": 200, "/fi/toimitus/mallit/uusi": 200 },
  orgAdmin: { "/fi/toimitus": 200, "/fi/toimitus/ihmiset": 200, "/fi/toimitus/loki": 403, "/fi/toimitus/palaute": 403, "/fi/toimitus/linkit": 403, "/fi/toimitus/mallit": 200, "/fi/toimitus/mallit/uusi": 403 },
} as const;
const roleOf = { admin: "ADMIN", coordinator: "COORDINATOR", editor: "EDITOR", publisher: "PUBLISHER", orgAdmin: "ORG_ADMIN" } as const;

for (const [name, routes] of Object.entries(routeMatrix) as [keyof typeof routeMatrix, (typeof routeMatrix)[keyof typeof routeMatrix]][]) {
  test(`${name} signs in, sees their role, and opens only their pages`, async ({ page }) => {
    await page.goto(signInPath);
    await signIn(page, accounts[name].email);
    // Checking the password and the working area's first render took just over the default 5 s
    // once on a slow CI machine, beside the other workers (the navigation did finish).
    await expect(page).toHaveURL("/fi/toimitus", { timeout: 15_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fi.EditorialPage.title);
    await expect(page.getByText(fi.Roles[roleOf[name]]).first()).toBeVisible();
    for (const [path, status] of Object.entries(routes)) {
      const response = await page.goto(path);
      expect(response?.status(), `${name} ${path}`).toBe(status);
    }
  });
}

test("nobody signed in is sent to sign in, and comes back to the page asked for", async ({ page }) => {
  for (const path of Object.keys(routeMatrix.admin)) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect([307, 303, 302], path).toContain(response.status());
    expect(response.headers().location, path).toContain(`${signInPath}?next=${encodeURIComponent(path)}`);
  }
  await page.goto("/fi/toimitus/loki");
  await expect(page).toHaveURL(/\/fi\/kirjaudu\?next=/);
  await signIn(page, accounts.admin.email);
  await expect(page).toHaveURL("/fi/toimitus/loki");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fi.AuditPage.title);
});

test("six wrong passwords lock that account from this address (429), while another account still signs in", async ({ page }) => {
  await page.goto(signInPath);
  for (let i = 0; i < 5; i++) {
    await signIn(page, accounts.throttled.email, "wrong-password-123");
    await expect(errorMessage(page)).toHaveText(fi.SignInPage.invalid);
  }
  const answer = page.waitForResponse((r) => r.url().endsWith("/api/sign-in"));
  await signIn(page, accounts.throttled.email);
  const response = await answer;
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(14 * 60);
  await expect(errorMessage(page)).toContainText("Liian monta epäonnistunutta yritystä");
  await signIn(page, accounts.editor.email);
  await expect(page).toHaveURL("/fi/toimitus");
});

test("a deactivated person cannot sign in, and is told no more than a wrong password", async ({ page }) => {
  await page.goto(signInPath);
  await signIn(page, accounts.deactivated.email);
  await expect(errorMessage(page)).toHaveText(fi.SignInPage.invalid);
  await expect(page).toHaveURL(signInPath);
});

test("signing out ends the session on the server, not only in the browser", async ({ page, context }) => {
  await page.goto(signInPath);
  await signIn(page, accounts.publisher.email);
  await expect(page).toHaveURL("/fi/toimitus");
  const session = (await context.cookies()).find((c) => c.name === "palaset.session_token");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
  await page.getByRole("button", { name: fi.EditorialLayout.signOut }).click();
  await expect(page.getByRole("status")).toHaveText(fi.SignInPage.signedOut);
  // The old cookie, put back, opens nothing: the session is gone from the database.
  if (session) await context.addCookies([session]);
  const response = await page.request.get("/fi/toimitus", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
});

test("signing in works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${signInPath}?next=${encodeURIComponent("/fi/toimitus/ihmiset")}`);
  await signIn(page, accounts.orgAdmin.email, "not-the-password-1");
  await expect(errorMessage(page)).toHaveText(fi.SignInPage.invalid);
  await signIn(page, accounts.orgAdmin.email);
  await expect(page).toHaveURL("/fi/toimitus/ihmiset");
  await expect(page.getByRole("cell", { name: accounts.orgAdmin.email })).toBeVisible();
  await context.close();
});

test("the sign-in page and the working area pass the accessibility scan, and stay out of caches and search engines", async ({ page }) => {
  test.setTimeout(120_000);
  const scan = () => scanForViolations(page);
  const signInResponse = await page.goto(signInPath);
  expect(signInResponse?.headers()["cache-control"]).toBe("private, no-store");
  expect(signInResponse?.headers()["x-robots-tag"]).toContain("noindex");
  expect(await scan()).toEqual([]);
  await signIn(page, accounts.admin.email);
  await expect(page).toHaveURL("/fi/toimitus");
  for (const path of ["/fi/toimitus", "/fi/toimitus/ihmiset", "/fi/toimitus/loki", "/fi/toimitus/palaute", "/sv/redaktion", "/sv/redaktion/respons", "/en/editorial/audit-log"]) {
    const response = await page.goto(path);
    expect(response?.headers()["cache-control"], path).toBe("private, no-store");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    expect(await scan(), path).toEqual([]);
  }
});

test("the audit log shows sign-ins and filters by action", async ({ page }) => {
  await page.goto(signInPath);
  await signIn(page, accounts.admin.email);
  await expect(page).toHaveURL("/fi/toimitus");
  await page.goto("/fi/toimitus/loki?action=sign-in");
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: accounts.admin.email }).first()).toBeVisible();
  await expect(rows.filter({ hasText: fi.AuditPage.actions["sign-in-failed"] })).toHaveCount(0);
});

test("a publisher without a second factor must set one up first, and then signs in with its code", async ({ page }) => {
  await page.goto("/fi/toimitus/ihmiset");
  await fillSignIn(page, accounts.newPublisher.email);
  await expect(page).toHaveURL("/fi/toimitus/tunnistautuminen");
  await expect(page.getByText(fi.SecondFactorPage.required)).toBeVisible();
  // Every other page of the working area sends them back here until it is done.
  await page.goto("/fi/toimitus");
  await expect(page).toHaveURL("/fi/toimitus/tunnistautuminen");

  await page.getByLabel(fi.SecondFactorPage.password).fill(password);
  await page.getByRole("button", { name: fi.SecondFactorPage.start }).click();
  await expect(page.getByRole("img", { name: fi.SecondFactorPage.qr })).toBeVisible();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  const secret = (await page.getByTestId("totp-secret").textContent()) ?? "";
  expect(await scanForViolations(page)).toEqual([]);
  await page.getByLabel(fi.SecondFactorPage.code).fill(new TOTP({ secret }).generate());
  await page.getByRole("button", { name: fi.SecondFactorPage.confirm }).click();
  await expect(page.getByRole("status")).toHaveText(fi.SecondFactorPage.enabled);

  await page.getByRole("button", { name: fi.EditorialLayout.signOut }).click();
  await page.getByLabel(fi.SignInPage.email).fill(accounts.newPublisher.email);
  await page.getByLabel(fi.SignInPage.password).fill(password);
  await page.getByRole("button", { name: fi.SignInPage.submit }).click();
  await expect(page).toHaveURL(/\/fi\/kirjaudu\/vahvistus/);
  await page.getByLabel(fi.SecondFactorSignIn.code, { exact: true }).fill("000000" === new TOTP({ secret }).generate() ? "111111" : "000000");
  await page.getByRole("button", { name: fi.SecondFactorSignIn.submit }).click();
  await expect(page.locator("#second-factor-error")).toHaveText(fi.SecondFactorSignIn.invalid);
  await page.getByLabel(fi.SecondFactorSignIn.code, { exact: true }).fill(new TOTP({ secret }).generate());
  await page.getByRole("button", { name: fi.SecondFactorSignIn.submit }).click();
  await expect(page).toHaveURL("/fi/toimitus");
  expect(await scanForViolations(page)).toEqual([]);
});

test("people of an organisation sign in through its own OpenID Connect provider and get its role", async ({ page }) => {
  const login = `sso-${Date.now()}`;
  await page.goto("/fi/kirjaudu");
  await page.getByRole("link", { name: /Rauman Kohtaamo ry/ }).click();
  // The provider's own (development) pages: any login name, then consent.
  await expect(page).toHaveURL(/127\.0\.0\.1:2527/);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.locator('button[type="submit"]').click();
  await page.locator('button[type="submit"]').click();
  // A new person: an editor of the provider's organisation, with no second factor asked of them.
  await expect(page).toHaveURL("/fi/toimitus");
  await expect(page.getByText(fi.EditorialPage.roleIn.replace("{role}", fi.Roles.EDITOR))).toBeVisible();
  await expect(page.getByRole("heading", { name: "Rauman Kohtaamo ry" })).toBeVisible();

  // Both the new account and the sign-in are in the audit log.
  await page.getByRole("button", { name: fi.EditorialLayout.signOut }).click();
  await fillSignIn(page, accounts.admin.email);
  await expect(page).toHaveURL("/fi/toimitus");
  await page.goto(`/fi/toimitus/loki?user=${encodeURIComponent(`${login}@sso.e2e.example`)}`);
  await expect(page.getByRole("cell", { name: fi.AuditPage.actions["sign-in"], exact: true })).toHaveCount(1);
  await expect(page.getByRole("cell", { name: fi.AuditPage.actions["user-created"], exact: true })).toHaveCount(1);
});

test("a person changes their own password with the current one, and signs in with the new one", async ({ page }) => {
  await page.goto("/fi/kirjaudu");
  await fillSignIn(page, accounts.changer.email);
  await expect(page).toHaveURL("/fi/toimitus");
  await page.getByRole("link", { name: fi.EditorialLayout.password }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fi.PasswordPage.title);
  expect(await scanForViolations(page)).toEqual([]);
  const form = async (current: string, next: string) => {
    await page.getByLabel(fi.PasswordPage.current).fill(current);
    await page.getByLabel(fi.SetPasswordPage.password, { exact: true }).fill(next);
    await page.getByLabel(fi.SetPasswordPage.confirm).fill(next);
    await page.getByRole("button", { name: fi.SetPasswordPage.submit }).click();
  };
  await form("not-the-password-1", "vaihdettu-salasana-123");
  await expect(page.getByRole("alert").filter({ hasText: fi.PasswordPage.wrongCurrent })).toBeVisible();
  await form(password, "vaihdettu-salasana-123");
  await expect(page.getByRole("status").filter({ hasText: fi.PasswordPage.changed })).toBeVisible();
  await page.getByRole("button", { name: fi.EditorialLayout.signOut }).click();
  await fillSignIn(page, accounts.changer.email, "vaihdettu-salasana-123");
  await expect(page).toHaveURL("/fi/toimitus");
});
