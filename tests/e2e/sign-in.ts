// Signing in through the form as a person does: the password, and for accounts with a second
// factor, the current code of their authenticator app (computed from the secret the setup kept).
import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { TOTP } from "otpauth";
import fi from "../../messages/fi.json" with { type: "json" };
import { password, totpSecretsFile } from "./accounts";

export function totpCode(email: string): string {
  const secrets: Record<string, string> = JSON.parse(readFileSync(totpSecretsFile, "utf8"));
  const secret = secrets[email];
  if (!secret) throw new Error(`${email} has no second factor`);
  return new TOTP({ secret }).generate();
}

/** Fills the sign-in form on the current page; completes the second factor when one is asked. */
export async function fillSignIn(page: Page, email: string, pass = password) {
  await page.getByLabel(fi.SignInPage.email).fill(email);
  await page.getByLabel(fi.SignInPage.password).fill(pass);
  await page.getByRole("button", { name: fi.SignInPage.submit }).click();
  const secrets: Record<string, string> = JSON.parse(readFileSync(totpSecretsFile, "utf8"));
  if (pass === password && secrets[email]) {
    await expect(page).toHaveURL(/\/fi\/kirjaudu\/vahvistus/);
    await page.getByLabel(fi.SecondFactorSignIn.code, { exact: true }).fill(totpCode(email));
    await page.getByRole("button", { name: fi.SecondFactorSignIn.submit }).click();
  }
}

/** The sign-in page, then the form. */
export async function signIn(page: Page, email: string, pass = password) {
  await page.goto("/fi/kirjaudu");
  await fillSignIn(page, email, pass);
}
