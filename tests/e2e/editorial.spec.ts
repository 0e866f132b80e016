// The editorial workflow in a browser: an editor writes a model in Finnish, Swedish and
// English, previews it and sends it for review; the publisher returns it with a note; the
// editor fixes it and sends it again; the publisher publishes Finnish and Swedish while
// English waits; readers find it by an inflected Finnish word and in Swedish; editing the live
// model leaves the public page alone until the next publish; two people saving the same draft
// get the conflict view with both texts; a restore from history; a slug change whose old
// address redirects; someone of another organisation cannot open it.
import AxeBuilder from "@axe-core/playwright";
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
const save = (page: Page) => page.getByRole("button", { name: fi.ModelEditor.save, exact: true }).click();

/** A publisher publishes the revision in review in `languages`, with a change note in each. */
async function publishIn(publisher: Page, languages: Record<"suomi" | "ruotsi" | "englanti", string | null>) {
  await publisher.goto(modelAddress);
  for (const [language, note] of Object.entries(languages)) {
    const box = publisher.getByRole("checkbox", { name: language, exact: true });
    if (note === null) await box.uncheck();
    else {
      await box.check();
      await publisher.locator(`#change-note-${{ suomi: "fi", ruotsi: "sv", englanti: "en" }[language]}`).fill(note);
    }
  }
  await publisher.getByRole("button", { name: fi.Workflow.publish, exact: true }).click();
  await expect(publisher.locator("#outcome")).toHaveText(fi.ModelEditor.done.publish);
}

test("write in three languages, review, return, publish two languages; readers find it; the live page waits for the next publish", async ({ browser }) => {
  const editor = await as(browser, accounts.editor.email);
  await editor.goto("/fi/toimitus/mallit/uusi");
  await field(editor, "fi.name").fill(name);
  await field(editor, "fi.shortDescription").fill("Nuoret kokoontuvat kuuntelupiireihin kertomaan kokemuksistaan.");
  await field(editor, "fi.sections.basic-idea").fill("Kuuntelupiirissä jokainen saa puheenvuoron.");
  await field(editor, "sv.name").fill(`Lyssnarcirkel ${run}`);
  await field(editor, "sv.shortDescription").fill("Unga träffas i lyssnarcirklar och berättar om sina erfarenheter.");
  await field(editor, "en.name").fill(`Listening circle ${run}`);
  await field(editor, "en.shortDescription").fill("Young people meet in listening circles.");
  await save(editor);
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done.created);
  modelAddress = new URL(editor.url()).pathname;

  // The preview is the public page, made from the draft, in Swedish.
  await editor.getByRole("link", { name: "Esikatsele: ruotsi" }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(`Lyssnarcirkel ${run}`);
  await editor.goto(modelAddress);
  await editor.getByRole("button", { name: fi.Workflow.submit, exact: true }).click();
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done.submit);

  const publisher = await as(browser, accounts.publisher.email);
  await publisher.goto(modelAddress);
  await publisher.getByLabel(fi.Workflow.returnNote).fill("Lisää vinkit käyttöönottoon.");
  await publisher.getByRole("button", { name: fi.Workflow.return }).click();
  await expect(publisher.locator("#outcome")).toHaveText(fi.ModelEditor.done.return);

  await editor.goto(modelAddress);
  await field(editor, "fi.sections.tips").fill("Aloita pienellä ryhmällä.");
  await editor.getByRole("button", { name: fi.ModelEditor.saveAndSubmit }).click();
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done.submitted);

  await publishIn(publisher, { suomi: "Ensimmäinen julkaisu.", ruotsi: "Första publiceringen.", englanti: null });

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/fi/mallit?q=${encodeURIComponent("kuuntelupiireissä")}`);
  await expect(reader.getByRole("link", { name })).toBeVisible();
  await reader.goto(`/sv/modeller?q=${encodeURIComponent("lyssnarcirklar")}`);
  await expect(reader.getByRole("link", { name: `Lyssnarcirkel ${run}` })).toBeVisible();
  await reader.goto(`/fi/mallit/${slug}`);
  await expect(reader.getByText("Ensimmäinen julkaisu.")).toBeVisible();
  // English waits: its page shows the Finnish text, marked as such.
  await reader.goto(`/en/models/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(name);

  await editor.goto(modelAddress);
  await field(editor, "fi.name").fill(`${name} muutettu`);
  await save(editor);
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done.saved);
  await reader.goto(`/fi/mallit/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(name);
});

test("two people saving the same draft: the second sees both texts and chooses", async ({ browser }) => {
  const editor = await as(browser, accounts.editor.email);
  const publisher = await as(browser, accounts.publisher.email);
  await editor.goto(modelAddress);
  await publisher.goto(modelAddress);
  await field(editor, "fi.shortDescription").fill("Editorin versio.");
  await save(editor);
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done.saved);

  await field(publisher, "fi.shortDescription").fill("Julkaisijan versio.");
  await save(publisher);
  // The summary at the top takes the focus, so a screen reader reads it first.
  const summary = publisher.locator("#form-problems-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(fi.ModelEditor.errors.stale);
  await expect(publisher.getByTestId("theirs-fi.shortDescription")).toHaveText("Editorin versio.");
  await expect(field(publisher, "fi.shortDescription")).toHaveValue("Julkaisijan versio.");
  await publisher.getByRole("button", { name: "Käytä toisen tallentamaa tekstiä: Lyhyt kuvaus, suomi" }).click();
  await expect(field(publisher, "fi.shortDescription")).toHaveValue("Editorin versio.");
  await save(publisher);
  await expect(publisher.locator("#outcome")).toHaveText(fi.ModelEditor.done.saved);
});

test("restore from history; a new slug, and the old address redirects in every language", async ({ browser }) => {
  const editor = await as(browser, accounts.editor.email);
  await editor.goto(modelAddress);
  await editor.getByRole("link", { name: fi.ModelEditor.history }).click();
  await editor.getByRole("button", { name: "Tee versiosta 1 uusi luonnos" }).click();
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done.restore);
  await expect(field(editor, "fi.shortDescription")).toHaveValue("Nuoret kokoontuvat kuuntelupiireihin kertomaan kokemuksistaan.");

  await field(editor, "slug").fill(`${slug}-uusi`);
  await editor.getByRole("button", { name: fi.ModelEditor.saveAndSubmit }).click();
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done.submitted);
  const publisher = await as(browser, accounts.publisher.email);
  await publishIn(publisher, { suomi: "Uusi osoite.", ruotsi: "Ny adress.", englanti: "New address." });

  const reader = await (await browser.newContext()).newPage();
  const moved = await reader.request.get(`/sv/modeller/${slug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(moved.headers().location).toContain(`/sv/modeller/${slug}-uusi`);
  await reader.goto(`/fi/mallit/${slug}`);
  await expect(reader).toHaveURL(new RegExp(`/fi/mallit/${slug}-uusi$`));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(name);
});

test("someone of another organisation cannot open the model", async ({ browser }) => {
  // Rauman Kohtaamo's org-admin (its editor is deactivated by people.spec, which runs first).
  const other = await as(browser, accounts.orgAdmin.email);
  const response = await other.goto(modelAddress);
  expect(response?.status()).toBe(403);
});

test("the working area's model pages pass axe, the form with its problems too, and work by keyboard", async ({ browser }) => {
  const editor = await as(browser, accounts.editor.email);
  const scan = async (page: Page) => {
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  };
  for (const path of ["/fi/toimitus/mallit", "/sv/redaktion/modeller?filter=drafts", modelAddress, `${modelAddress}/historia?from=1&to=2`, `${modelAddress.replace("/fi/toimitus/mallit/", "/en/editorial/models/")}/preview`]) {
    await editor.goto(path);
    expect(await scan(editor), path).toEqual([]);
  }
  // A new model without a name: the problems are listed at the top and beside the field.
  await editor.goto("/fi/toimitus/mallit/uusi");
  await field(editor, "fi.shortDescription").fill("Kuvaus ilman nimeä.");
  await field(editor, "fi.shortDescription").press("Tab");
  await save(editor);
  await expect(editor.locator("#form-problems-summary")).toBeFocused();
  await expect(editor.locator("#form-problems-summary")).toContainText(fi.ModelEditor.errors.invalid);
  await expect(field(editor, "fi.shortDescription")).toHaveValue("Kuvaus ilman nimeä.");
  expect(await scan(editor)).toEqual([]);
});
