// Readers' feedback: the accessibility statement's form sent with the keyboard alone, with and
// without JavaScript; the message reaches the admins' list, where it is marked handled.
import { expect, test, type Page } from "@playwright/test";
import fi from "../../messages/fi.json" with { type: "json" };
import sv from "../../messages/sv.json" with { type: "json" };
import { accounts } from "./accounts";
import { signIn } from "./sign-in";

/** Types into the form and sends it with Tab and Enter, as a keyboard user does. */
async function sendWithKeyboard(page: Page, labels: { message: string; replyTo: string }, message: string, replyTo: string) {
  await page.getByLabel(labels.message).focus();
  await page.keyboard.type(message);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(labels.replyTo)).toBeFocused();
  await page.keyboard.type(replyTo);
  await page.keyboard.press("Tab"); // the honeypot field is hidden, so the button is next
  await page.keyboard.press("Enter");
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form is sent with the keyboard and confirms it", async ({ page }) => {
    const message = `Kuvalta puuttuu tekstivastine (ilman JavaScriptiä ${Date.now()}).`;
    await page.goto("/fi/saavutettavuusseloste");
    await sendWithKeyboard(page, fi.AccessibilityPage, message, "lukija@e2e.example");
    await expect(page.getByRole("status").filter({ hasText: fi.AccessibilityPage.sent })).toBeVisible();
  });

  test("an empty message is refused with the fields' help kept", async ({ page }) => {
    await page.goto("/fi/saavutettavuusseloste");
    // The browser would stop an empty required field; white space passes it and the server refuses.
    await sendWithKeyboard(page, fi.AccessibilityPage, "   ", "");
    await expect(page.locator("#feedback-error")).toHaveText(fi.AccessibilityPage.invalid);
  });
});

test("with JavaScript the form confirms in place, and an admin reads the message and marks it handled", async ({ page }) => {
  const message = `Kontrasten i sidfoten är för svag (${Date.now()}).`;
  await page.goto("/sv/tillganglighetsutlatande");
  await sendWithKeyboard(page, sv.AccessibilityPage, message, "");
  await expect(page.getByRole("status").filter({ hasText: sv.AccessibilityPage.sent })).toBeVisible();

  await signIn(page, accounts.admin.email);
  await expect(page).toHaveURL("/fi/toimitus");
  await page.getByRole("link", { name: new RegExp(fi.EditorialLayout.feedback) }).first().click();
  await expect(page).toHaveURL("/fi/toimitus/palaute");
  const item = page.getByRole("article").filter({ hasText: message });
  await expect(item).toContainText("/sv/tillganglighetsutlatande");
  await expect(item).toContainText(fi.FeedbackPage.noReplyTo);
  await item.getByRole("button", { name: fi.FeedbackPage.markHandled }).click();
  await expect(page.getByRole("status").filter({ hasText: fi.FeedbackPage.marked })).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: message })).toContainText(accounts.admin.name);
});
