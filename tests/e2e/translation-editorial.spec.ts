// Translation hand-off in a browser: an editor's Finnish changes leave the Swedish behind; the
// editor downloads the Swedish XLIFF file, which the models list then shows as a translation
// requested; the file, translated, goes back in and fills the Swedish section of the draft.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import fi from "../../messages/fi.json" with { type: "json" };
import { accounts } from "./accounts";
import { signIn } from "./sign-in";

test("XLIFF out and back in fills the Swedish sections of a draft", async ({ browser }) => {
  const name = `Käännettävä ${Date.now().toString(36)}`;
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, accounts.editor.email);
  await expect(editor).toHaveURL(/\/fi\/toimitus/);
  await editor.goto("/fi/toimitus/mallit/uusi");
  await editor.locator("#field-fi-name").fill(name);
  await editor.locator("#field-fi-shortDescription").fill("Ryhmä kokoontuu kirjastossa.");
  await editor.locator("#field-fi-sections-basic-idea").fill("Osallistujat valitsevat aiheen.");
  await editor.locator("#field-sv-name").fill(`Översättas ${name}`);
  await editor.locator("#field-sv-shortDescription").fill("Gruppen träffas på biblioteket.");
  await editor.locator("#field-sv-sections-basic-idea").fill("Deltagarna väljer ämnet.");
  await editor.getByRole("button", { name: fi.ModelEditor.save, exact: true }).click();
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done.created);
  await editor.locator("#field-fi-sections-basic-idea").fill("Osallistujat valitsevat aiheen yhdessä.");
  await editor.getByRole("button", { name: fi.ModelEditor.save, exact: true }).click();
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done.saved);

  const panel = editor.locator("#translations");
  await expect(panel).toContainText("ruotsi: 1 kohta jäljessä");
  expect((await new AxeBuilder({ page: editor }).include("#translations").analyze()).violations).toEqual([]);
  const href = await panel.getByRole("link", { name: "Lataa XLIFF (ruotsi)" }).getAttribute("href");
  const download = await editor.request.get(href!);
  expect(download.headers()["content-type"]).toContain("application/xliff+xml");
  const xml = await download.text();
  expect(xml).toContain("Osallistujat valitsevat aiheen yhdessä.");

  await editor.goto("/fi/toimitus/mallit");
  await expect(editor.getByRole("row").filter({ hasText: name })).toContainText("Käännös pyydetty: ruotsi");

  await editor.goBack();
  const translated = xml.replace("<target>Deltagarna väljer ämnet.</target>", "<target>Deltagarna väljer ämnet tillsammans.</target>");
  await editor.locator("#xliff-file").setInputFiles({ name: "malli.fi-sv.xlf", mimeType: "application/xliff+xml", buffer: Buffer.from(translated) });
  await editor.getByRole("button", { name: fi.Translations.import }).click();
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done["translation-imported"]);
  await expect(editor.locator("#field-sv-sections-basic-idea")).toHaveValue("Deltagarna väljer ämnet tillsammans.");
  await expect(editor.locator("#translations")).toContainText("ruotsi: ajan tasalla");
});
