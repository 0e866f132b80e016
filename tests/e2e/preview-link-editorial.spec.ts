// Preview links in a browser: an editor makes a link to a draft; someone signed out opens it
// and sees the draft as its public page, marked as a draft, not indexed and not cached; once
// the editor revokes it, the same address is "page not found". (Expiry is tested with a
// clock in tests/integration/preview-links.test.ts.)
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import fi from "../../messages/fi.json" with { type: "json" };
import { accounts } from "./accounts";
import { signIn } from "./sign-in";

test("a preview link shows the draft signed out until it is revoked", async ({ browser }) => {
  const name = `Esikatseltava ${Date.now().toString(36)}`;
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, accounts.editor.email);
  await expect(editor).toHaveURL(/\/fi\/toimitus/);
  await editor.goto("/fi/toimitus/mallit/uusi");
  await editor.locator("#field-fi-name").fill(name);
  await editor.locator("#field-fi-shortDescription").fill("Ryhmä kokoontuu kirjastossa joka toinen viikko.");
  await editor.locator("#field-fi-sections-basic-idea").fill("Osallistujat valitsevat itse illan aiheen.");
  await editor.getByRole("button", { name: fi.ModelEditor.save, exact: true }).click();
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done.created);

  const panel = editor.locator("#preview-links");
  await panel.getByLabel(fi.PreviewLinks.label).fill("Ohjausryhmä");
  await panel.getByRole("button", { name: fi.PreviewLinks.create }).click();
  const address = await panel.getByLabel(fi.PreviewLinks.link).inputValue();
  expect(address).toMatch(/\/fi\/esikatselu\/[A-Za-z0-9_-]{43}$/);
  await expect(panel.getByRole("listitem")).toContainText("Ohjausryhmä");
  expect((await new AxeBuilder({ page: editor }).include("#preview-links").analyze()).violations).toEqual([]);

  const reader = await (await browser.newContext()).newPage();
  const response = await reader.goto(address);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["cache-control"]).toContain("no-store");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(reader.getByRole("note")).toContainText("julkaisematon luonnos");
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  expect((await new AxeBuilder({ page: reader }).analyze()).violations).toEqual([]);

  await panel.getByRole("button", { name: fi.PreviewLinks.revoke }).click();
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done["preview-link-revoked"]);
  expect((await reader.goto(address))?.status()).toBe(404);
});
