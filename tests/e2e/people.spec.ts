// People in the working area: an invitation mailed and accepted, a forgotten password reset by
// mail, and an organisation's admin deactivating one of its people.
import { expect, test, type Page } from "@playwright/test";
import fi from "../../messages/fi.json" with { type: "json" };
import { accounts, password } from "./accounts";
import { latestMailTo } from "./mailbox";
import { signIn } from "./sign-in";


async function choosePassword(page: Page, link: string, newPassword: string) {
  await page.goto(link);
  await page.getByLabel(fi.SetPasswordPage.password, { exact: true }).fill(newPassword);
  await page.getByLabel(fi.SetPasswordPage.confirm).fill(newPassword);
  await page.getByRole("button", { name: fi.SetPasswordPage.submit }).click();
  await expect(page.getByRole("status")).toHaveText(fi.SetPasswordPage.done);
}

test("an invitation is mailed, and its link lets the new person choose a password and sign in", async ({ page, browser }) => {
  const invited = `uusi-${Date.now()}@e2e.example`;
  await signIn(page, accounts.admin.email);
  await expect(page).toHaveURL("/fi/toimitus");
  await page.goto("/fi/toimitus/ihmiset");
  const form = page.getByRole("region", { name: fi.PeopleAdmin.inviteTitle });
  await form.getByLabel(fi.PeopleAdmin.name).fill("Uusi Toimittaja");
  await form.getByLabel(fi.PeopleAdmin.email).fill(invited);
  await form.getByLabel(fi.PeopleAdmin.organisation).selectOption({ label: "Porin Tukiyhdistys ry" });
  await form.getByLabel(fi.PeopleAdmin.role).selectOption({ label: fi.Roles.EDITOR });
  await form.getByRole("button", { name: fi.PeopleAdmin.invite }).click();
  await expect(form.getByRole("status")).toHaveText(fi.PeopleAdmin.invited.replace("{email}", invited));

  const mail = await latestMailTo(invited);
  expect(mail.subject).toBe(fi.Mail.inviteSubject);
  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await choosePassword(newcomer, mail.link, "uuden-toimittajan-salasana");
  await newcomer.goto(mail.link);
  await expect(newcomer.getByText(fi.SetPasswordPage.invalid)).toBeVisible(); // the link worked once
  await signIn(newcomer, invited, "uuden-toimittajan-salasana");
  await expect(newcomer).toHaveURL("/fi/toimitus");
  await expect(newcomer.getByText(fi.EditorialPage.roleIn.replace("{role}", fi.Roles.EDITOR))).toBeVisible();
  await expect(newcomer.getByRole("heading", { name: "Porin Tukiyhdistys ry" })).toBeVisible();
  await context.close();
});

test("a forgotten password is reset through a mailed link, and the old one stops working", async ({ page }) => {
  await page.goto("/fi/kirjaudu");
  await page.getByRole("link", { name: fi.SignInPage.forgot }).click();
  await expect(page).toHaveURL("/fi/unohtunut-salasana");
  await page.getByLabel(fi.ForgotPasswordPage.email).fill(accounts.resetter.email);
  await page.getByRole("button", { name: fi.ForgotPasswordPage.submit }).click();
  await expect(page.getByRole("status")).toHaveText(fi.ForgotPasswordPage.sent);

  const mail = await latestMailTo(accounts.resetter.email);
  expect(mail.subject).toBe(fi.Mail.resetSubject);
  await choosePassword(page, mail.link, "muistettava-uusi-salasana");
  await signIn(page, accounts.resetter.email, password);
  await expect(page.locator("#sign-in-error")).toHaveText(fi.SignInPage.invalid);
  await signIn(page, accounts.resetter.email, "muistettava-uusi-salasana");
  await expect(page).toHaveURL("/fi/toimitus");
});

test("an organisation's admin deactivates one of its people, who can then no longer sign in", async ({ page, browser }) => {
  await signIn(page, accounts.orgAdmin.email);
  await expect(page).toHaveURL("/fi/toimitus");
  await page.goto("/fi/toimitus/ihmiset");
  const row = page.getByRole("row").filter({ hasText: accounts.raumanEditor.email });
  await row.getByRole("button", { name: fi.PeopleAdmin.deactivate }).click();
  await expect(row.getByRole("status")).toHaveText(fi.PeopleAdmin.deactivated);
  await expect(row.getByText(fi.PeoplePage.deactivated, { exact: true })).toBeVisible();
  // People of other organisations are not on this page at all.
  await expect(page.getByRole("cell", { name: accounts.editor.email, exact: true })).toHaveCount(0);

  const context = await browser.newContext();
  const person = await context.newPage();
  await signIn(person, accounts.raumanEditor.email);
  await expect(person.locator("#sign-in-error")).toHaveText(fi.SignInPage.invalid);
  await context.close();
});

test("a save made after the session ended keeps what was typed, and completes after signing in again", async ({ page, context }) => {
  const invited = `myohassa-${Date.now()}@e2e.example`;
  await signIn(page, accounts.admin.email);
  await expect(page).toHaveURL("/fi/toimitus");
  await page.goto("/fi/toimitus/ihmiset");
  const form = page.getByRole("region", { name: fi.PeopleAdmin.inviteTitle });
  await form.getByLabel(fi.PeopleAdmin.name).fill("Myöhässä Tallentaja");
  await form.getByLabel(fi.PeopleAdmin.email).fill(invited);
  // The session ends while the form is open.
  await context.clearCookies();
  await form.getByRole("button", { name: fi.PeopleAdmin.invite }).click();
  await expect(form.getByRole("alert")).toHaveText(fi.PeopleAdmin.signedOut);
  await expect(form.getByLabel(fi.PeopleAdmin.email)).toHaveValue(invited);
  await expect(form.getByLabel(fi.PeopleAdmin.name)).toHaveValue("Myöhässä Tallentaja");

  const other = await context.newPage();
  await signIn(other, accounts.admin.email);
  await expect(other).toHaveURL("/fi/toimitus");
  await other.close();
  await form.getByRole("button", { name: fi.PeopleAdmin.invite }).click();
  await expect(form.getByRole("status")).toHaveText(fi.PeopleAdmin.invited.replace("{email}", invited));
});

test("the working area warns before the session ends for inactivity, and says when it has", async ({ page }) => {
  await page.clock.install();
  await signIn(page, accounts.editor.email);
  await expect(page).toHaveURL("/fi/toimitus");
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toHaveCount(0);
  await page.clock.fastForward("07:56:00");
  await expect(dialog).toContainText("Istuntosi päättyy");
  await expect(dialog.getByRole("button", { name: fi.SessionTimer.continue })).toBeFocused();
  await page.clock.fastForward("00:05:00");
  await expect(dialog).toContainText(fi.SessionTimer.ended);
  await expect(dialog.getByRole("link", { name: fi.SessionTimer.signIn })).toHaveAttribute("target", "_blank");
});
