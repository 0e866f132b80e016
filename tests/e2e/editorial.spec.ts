// The editorial workflow in a browser: an editor writes a model in three languages and sends
// it for review; the publisher returns it with a note, then publishes Finnish and Swedish while
// English waits; readers find it; two people saving the same draft get the conflict view; an
// editor of another organisation cannot open it.
import { expect, test, type Browser, type Page } from "@playwright/test";
import fi from "../../messages/fi.json" with { type: "json" };
import { accounts } from "./accounts";
import { signIn } from "./sign-in";

test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const name = `Kuuntelupiiri ${run}`;
const slug = `kuuntelupiiri-${run}`;
let modelAddress = "";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/fi\/toimitus/);
  return page;
}

const field = (page: Page, name: string) => page.locator(`#field-${name.replaceAll(".", "-")}`);

test("an editor writes a model; review, return, publish in two languages; readers find it", async ({ browser }) => {
  const editor = await as(browser, accounts.editor.email);
  await editor.goto("/fi/toimitus/mallit/uusi");
  await field(editor, "fi.name").fill(name);
  await field(editor, "fi.shortDescription").fill("Nuoret kokoontuvat kuuntelupiireihin kertomaan kokemuksistaan.");
  await field(editor, "fi.sections.basic-idea").fill("Kuuntelupiirissä jokainen saa puheenvuoron.");
  await field(editor, "sv.name").fill(`Lyssnarcirkel ${run}`);
  await field(editor, "sv.shortDescription").fill("Unga träffas i lyssnarcirklar och berättar om sina erfarenheter.");
  await field(editor, "en.name").fill(`Listening circle ${run}`);
  await field(editor, "en.shortDescription").fill("Young people meet in listening circles.");
  await editor.getByRole("button", { name: fi.ModelEditor.save, exact: true }).click();
  await expect(editor.getByRole("status")).toHaveText(fi.ModelEditor.done.created);
  modelAddress = new URL(editor.url()).pathname;

  // The preview is the public page, from the draft, in Swedish.
  await editor.getByRole("link", { name: "Esikatsele: ruotsi" }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(`Lyssnarcirkel ${run}`);
  await editor.goto(modelAddress);
  await editor.getByRole("button", { name: fi.Workflow.submit }).click();
  await expect(editor.getByRole("status")).toHaveText(fi.ModelEditor.done.submit);

  const publisher = await as(browser, accounts.publisher.email);
  await publisher.goto(modelAddress);
  await publisher.getByLabel(fi.Workflow.returnNote).fill("Lisää vinkit käyttöönottajalle.");
  await publisher.getByRole("button", { name: fi.Workflow.return }).click();
  await expect(publisher.getByRole("status")).toHaveText(fi.ModelEditor.done.return);

  await editor.goto(modelAddress);
  await field(editor, "fi.sections.tips").fill("Aloita pienellä ryhmällä.");
  await editor.getByRole("button", { name: fi.ModelEditor.saveAndSubmit }).click();
  await expect(editor.getByRole("status")).toHaveText(fi.ModelEditor.done.submitted);

  await publisher.goto(modelAddress);
  await publisher.getByRole("checkbox", { name: "englanti" }).uncheck();
  await publisher.getByLabel("suomi", { exact: true }).fill("Ensimmäinen julkaisu.");
  await publisher.getByLabel("ruotsi", { exact: true }).fill("Första publiceringen.");
  await publisher.getByRole("button", { name: fi.Workflow.publish, exact: true }).click();
  await expect(publisher.getByRole("status")).toHaveText(fi.ModelEditor.done.publish);

  // Readers: by an inflected Finnish word, in Swedish search, and English waits (Finnish shown).
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/fi/mallit?q=${encodeURIComponent("kuuntelupiireissä")}`);
  await expect(reader.getByRole("link", { name })).toBeVisible();
  await reader.goto(`/sv/modeller?q=${encodeURIComponent("lyssnarcirklar")}`);
  await expect(reader.getByRole("link", { name: `Lyssnarcirkel ${run}` })).toBeVisible();
  await reader.goto(`/fi/mallit/${slug}`);
  await expect(reader.getByText("Ensimmäinen julkaisu.")).toBeVisible();
  await reader.goto(`/en/models/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(name);

  // Editing the live model leaves the public page as it is until the next publish.
  await editor.goto(modelAddress);
  await field(editor, "fi.name").fill(`${name} muutettu`);
  await editor.getByRole("button", { name: fi.ModelEditor.save, exact: true }).click();
  await expect(editor.getByRole("status")).toHaveText(fi.ModelEditor.done.saved);
  await reader.goto(`/fi/mallit/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(name);
});

test("two people saving the same draft: the second sees both texts", async ({ browser }) => {
  const editor = await as(browser, accounts.editor.email);
  const publisher = await as(browser, accounts.publisher.email);
  await editor.goto(modelAddress);
  await publisher.goto(modelAddress);
  await field(editor, "fi.shortDescription").fill("Editorin versio.");
  await editor.getByRole("button", { name: fi.ModelEditor.save, exact: true }).click();
  await expect(editor.getByRole("status")).toHaveText(fi.ModelEditor.done.saved);

  await field(publisher, "fi.shortDescription").fill("Julkaisijan versio.");
  await publisher.getByRole("button", { name: fi.ModelEditor.save, exact: true }).click();
  await expect(publisher.getByRole("alert").first()).toContainText(fi.ModelEditor.errors.stale);
  await expect(publisher.getByTestId("theirs-fi.shortDescription")).toHaveText("Editorin versio.");
  await expect(field(publisher, "fi.shortDescription")).toHaveValue("Julkaisijan versio.");
  await publisher.getByRole("button", { name: fi.ModelEditor.takeTheirs }).first().click();
  await publisher.getByRole("button", { name: fi.ModelEditor.save, exact: true }).click();
  await expect(publisher.getByRole("status")).toHaveText(fi.ModelEditor.done.saved);
});

test("an editor of another organisation cannot open the model", async ({ browser }) => {
  const other = await as(browser, accounts.raumanEditor.email);
  const response = await other.goto(modelAddress);
  expect(response?.status()).toBe(403);
});
