// The editorial workflow in a browser: an editor writes a model in three languages, previews
// it and sends it for review; the publisher returns it with a note and the editor sends it
// again; an editor of another organisation cannot open it. (Publishing, readers finding it and
// the conflict view are covered on both databases in tests/integration/editorial-workflow.test.ts.)
import { expect, test, type Browser, type Page } from "@playwright/test";
import fi from "../../messages/fi.json" with { type: "json" };
import { accounts } from "./accounts";
import { signIn } from "./sign-in";

test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const name = `Kuuntelupiiri ${run}`;
let modelAddress = "";

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/fi\/toimitus/);
  return page;
}

const field = (page: Page, name: string) => page.locator(`#field-${name.replaceAll(".", "-")}`);

test("an editor writes a model in three languages, previews it, sends it for review; the publisher returns it with a note", async ({ browser }) => {
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
  await editor.getByRole("button", { name: fi.Workflow.submit, exact: true }).click();
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

  // The publisher sees it back in review.
  await publisher.goto(modelAddress);
  await expect(publisher.getByTestId("editorial-state")).toHaveText(fi.EditorialStates.IN_REVIEW);
});

test("an editor of another organisation cannot open the model", async ({ browser }) => {
  const other = await as(browser, accounts.raumanEditor.email);
  const response = await other.goto(modelAddress);
  expect(response?.status()).toBe(403);
});
