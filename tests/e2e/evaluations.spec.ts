// The coordinators' evaluation workflow in a browser: a coordinator starts an evaluation from
// a model's page and saves a draft, the model's editor reads it and comments, the coordinator
// publishes it in three languages, a reader sees it on the model page in Swedish, finds it by
// a word in its report and by the dimension it strengthens, a new model text marks it as of an
// earlier description, and a withdrawal keeps it there with its reason. The working-area pages
// pass an axe scan.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import fi from "../../messages/fi.json" with { type: "json" };
import { accounts } from "./accounts";
import { makePdf } from "../support/pdf";
import { signIn } from "./sign-in";

test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const model = "kohtaamispaikka-vapautuville";
/** A word that is only in the uploaded report. */
const reportWord = `revontulipaja${run}`;

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/fi\/toimitus/);
  return page;
}

const field = (page: Page, name: string) => page.locator(`#evaluation-${name.replaceAll(".", "-")}`);

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

test("a coordinator evaluates, the model's editor comments, the evaluation is published and withdrawn with a reason", async ({ browser }) => {
  // Five people's steps in one story, beside the other editorial specs: longer than one test's 90 s.
  test.slow();
  const coordinator = await as(browser, accounts.coordinator.email);
  await coordinator.goto("/fi/toimitus/mallit");
  await coordinator.getByRole("link", { name: /Kohtaamispaikka/ }).first().click();
  await coordinator.getByRole("button", { name: fi.ModelEvaluations.add }).click();
  await expect(coordinator.locator("#outcome")).toHaveText(fi.EvaluationEditor.done.created);
  const evaluationAddress = new URL(coordinator.url()).pathname;
  await expectAccessible(coordinator);

  // A draft with only the Finnish summary saves; publishing it names what is missing.
  await field(coordinator, "evaluator").selectOption("arviointikeskus");
  await field(coordinator, "evaluatedOn").fill("2026-11-20");
  await field(coordinator, "frameworkVersion").fill("2021");
  await field(coordinator, "nextReviewOn").fill("2029-11-20");
  await field(coordinator, "results.common-good").selectOption("strengthened");
  await field(coordinator, "fi.summary").fill(`Vertaisohjaajat lisäsivät kävijöiden luottamusta ${run}.`);
  await field(coordinator, "fi.findings.common-good").fill("Kävijät osallistuivat tilojen suunnitteluun.");
  await coordinator.getByRole("button", { name: fi.EvaluationEditor.publish }).click();
  await expect(coordinator.getByRole("heading", { name: fi.EvaluationEditor.errors.savedNotPublished })).toBeVisible();
  await expect(coordinator.locator('[aria-labelledby="evaluation-problems"]')).toBeFocused();
  await expect(field(coordinator, "sv.summary")).toHaveAttribute("aria-invalid", "true");

  // The model's editor reads the draft and comments; the form is not theirs to edit.
  const editor = await as(browser, accounts.editor.email);
  await editor.goto(evaluationAddress);
  await expect(editor.getByText(fi.EvaluationEditor.readOnly)).toBeVisible();
  await editor.getByLabel(fi.EvaluationEditor.comment, { exact: true }).fill("Luvut ovat vuodelta 2025, ei 2024.");
  await editor.getByRole("button", { name: fi.EvaluationEditor.sendComment }).click();
  await expect(editor.locator("#outcome")).toHaveText(fi.EvaluationEditor.done.commented);
  await expect(editor.getByText("Luvut ovat vuodelta 2025, ei 2024.")).toBeVisible();

  // The coordinator sees the comment and uploads the report, a PDF made here; a file that is
  // not a PDF is refused with a clear message.
  await coordinator.goto(evaluationAddress);
  await expect(coordinator.getByText("Luvut ovat vuodelta 2025, ei 2024.")).toBeVisible();
  await coordinator.getByLabel(fi.EvaluationDocuments.file).setInputFiles({ name: "raportti.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>ei pdf</html>") });
  await coordinator.locator("#upload-title").fill(`Arviointiraportti ${run}`);
  await coordinator.locator("#upload-page").fill("2");
  await coordinator.getByRole("button", { name: fi.EvaluationDocuments.uploadButton }).click();
  await expect(coordinator.locator("#outcome")).toHaveText(fi.EvaluationEditor.problems["not-pdf"]);
  // What was typed is still there; only the file is to be chosen again.
  await expect(coordinator.locator("#upload-title")).toHaveValue(`Arviointiraportti ${run}`);
  await expect(coordinator.locator("#upload-page")).toHaveValue("2");
  const report = makePdf({ pages: ["Arviointiraportti", `Havainnot: ${reportWord} vahvisti yhteisöä.`], title: "Arviointiraportti", lang: "fi-FI", tagged: true });
  await coordinator.getByLabel(fi.EvaluationDocuments.file).setInputFiles({ name: "raportti.pdf", mimeType: "application/pdf", buffer: Buffer.from(report) });
  await coordinator.getByRole("button", { name: fi.EvaluationDocuments.uploadButton }).click();
  await expect(coordinator.locator("#outcome")).toHaveText(fi.EvaluationEditor.done.uploaded);
  await expect(coordinator.getByText(/2 sivua · rakenne merkitty/)).toBeVisible();

  // Then adds the translations and publishes.
  await field(coordinator, "sv.summary").fill(`Kamrathandledarna ökade besökarnas förtroende ${run}.`);
  await field(coordinator, "en.summary").fill(`Peer instructors increased the visitors' trust ${run}.`);
  await coordinator.getByRole("button", { name: fi.EvaluationEditor.publish }).click();
  await expect(coordinator.locator("#outcome")).toHaveText(fi.EvaluationEditor.done.published);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/sv/modeller/${model}`);
  await expect(reader.getByText(`Kamrathandledarna ökade besökarnas förtroende ${run}.`)).toBeVisible();
  await expect(reader.getByText(/Nästa utvärdering är planerad/).first()).toBeVisible();

  // The report opens at its page, as a sandboxed PDF kept by its checksum.
  const reportLink = reader.getByRole("link", { name: `Arviointiraportti ${run}` });
  const href = await reportLink.getAttribute("href");
  expect(href).toMatch(/^\/documents\/[0-9a-f]{64}\.pdf#page=2$/);
  const served = await reader.request.get(href!.split("#")[0]!);
  expect(served.status()).toBe(200);
  expect(served.headers()).toMatchObject({ "content-type": "application/pdf", "x-content-type-options": "nosniff", "cache-control": "public, max-age=31536000, immutable" });
  expect(served.headers()["content-security-policy"]).toContain("sandbox");
  expect(served.headers()["content-disposition"]).toBe(`inline; filename="Arviointiraportti-${run}.pdf"`);
  expect(Buffer.from(await served.body()).equals(Buffer.from(report))).toBe(true);

  // A word only in the report finds the model, and the hit says where it matched.
  await reader.goto(`/fi/mallit?q=${reportWord}`);
  await expect(reader.getByRole("link", { name: /Kohtaamispaikka/ }).first()).toBeVisible();
  await expect(reader.getByText(fi.ModelsPage.matchedInReport)).toBeVisible();

  // The model's editor changes the description and its publisher publishes it: the page now
  // says that the evaluation is of an earlier description.
  await editor.goto("/fi/toimitus/mallit");
  await editor.getByRole("link", { name: /Kohtaamispaikka/ }).first().click();
  await expect(editor).toHaveURL(/\/toimitus\/mallit\/[0-9a-f-]{36}$/);
  const modelEditorAddress = new URL(editor.url()).pathname;
  await editor.locator("#field-fi-shortDescription").fill(`Kohtaamispaikka tukee vankilasta vapautuvia arjen alkuun ${run}.`);
  await editor.getByRole("button", { name: fi.ModelEditor.saveAndSubmit }).click();
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done.submitted);
  const publisher = await as(browser, accounts.publisher.email);
  await publisher.goto(modelEditorAddress);
  for (const language of ["suomi", "ruotsi", "englanti"]) await publisher.getByRole("checkbox", { name: language, exact: true }).uncheck();
  await publisher.getByRole("checkbox", { name: "suomi", exact: true }).check();
  await publisher.locator("#change-note-fi").fill("Lyhyttä kuvausta tarkennettiin.");
  await publisher.getByRole("button", { name: fi.Workflow.publish, exact: true }).click();
  await expect(publisher.locator("#outcome")).toHaveText(fi.ModelEditor.done.publish);
  await reader.goto(`/fi/mallit/${model}`);
  // Both its evaluations, the one from its content file too, are now of an earlier description.
  await expect(reader.getByText(fi.ModelPage.evaluation.changedSinceEvaluated)).toHaveCount(2);

  // Withdrawn with a reason: the page keeps it and says why.
  await coordinator.getByLabel(/Perumisen syy \(suomi\)/).fill(`Aineisto osoittautui puutteelliseksi ${run}.`);
  await coordinator.getByRole("button", { name: fi.EvaluationEditor.withdraw, exact: true }).click();
  await expect(coordinator.locator("#outcome")).toHaveText(fi.EvaluationEditor.done.withdrawn);
  await reader.goto(`/fi/mallit/${model}`);
  await expect(reader.getByText(`Aineisto osoittautui puutteelliseksi ${run}.`)).toBeVisible();
  await expect(reader.getByText(/Arviointi on peruttu/).first()).toBeVisible();

  await coordinator.goto("/fi/toimitus/arvioinnit");
  await expect(coordinator.getByRole("link", { name: /Kohtaamispaikka/ }).first()).toBeVisible();
  await expectAccessible(coordinator);
});

test("a published evaluation's dimensions filter the catalogue", async ({ browser }) => {
  const reader = await (await browser.newContext()).newPage();
  const results = reader.getByRole("region", { name: fi.ModelsPage.resultsTitle });
  const filterByOwnLife = async () => {
    await reader.goto("/fi/mallit");
    const filters = reader.getByRole("form", { name: fi.ModelsPage.filtersTitle });
    await filters.getByRole("group", { name: fi.ModelsPage.facets.dimension }).getByRole("checkbox", { name: new RegExp(fi.ModelPage.evaluation.dimensions["own-life"]) }).check();
    await filters.getByRole("button", { name: fi.ModelsPage.applyFilters }).click();
    await expect(reader).toHaveURL(/dimension=own-life/);
  };
  await filterByOwnLife();
  await expect(results.getByRole("article").filter({ hasText: "pelipaja" })).toHaveCount(0);

  // A coordinator evaluates a model that had no evaluation: it strengthens participation in one's own life.
  const coordinator = await as(browser, accounts.coordinator.email);
  await coordinator.goto("/fi/toimitus/mallit");
  await coordinator.getByRole("link", { name: /pelipaja/ }).first().click();
  await coordinator.getByRole("button", { name: fi.ModelEvaluations.add }).click();
  await expect(coordinator.locator("#outcome")).toHaveText(fi.EvaluationEditor.done.created);
  await field(coordinator, "evaluator").selectOption("arviointikeskus");
  await field(coordinator, "evaluatedOn").fill("2026-11-25");
  await field(coordinator, "results.own-life").selectOption("strengthened");
  await field(coordinator, "fi.summary").fill(`Pelaaminen helpotti asiakkaita kertomaan omista asioistaan ${run}.`);
  await field(coordinator, "sv.summary").fill(`Spelandet gjorde det lättare för klienterna att berätta om sina egna frågor ${run}.`);
  await field(coordinator, "en.summary").fill(`Playing made it easier for clients to talk about their own matters ${run}.`);
  await coordinator.getByRole("button", { name: fi.EvaluationEditor.publish }).click();
  await expect(coordinator.locator("#outcome")).toHaveText(fi.EvaluationEditor.done.published);

  await filterByOwnLife();
  await expect(results.getByRole("article").filter({ hasText: "pelipaja" })).toHaveCount(1);
});

test("the model's editor sees its evaluations but cannot start one", async ({ browser }) => {
  const editor = await as(browser, accounts.editor.email);
  await editor.goto("/fi/toimitus/mallit");
  await editor.getByRole("link", { name: /Kohtaamispaikka/ }).first().click();
  await expect(editor.getByRole("heading", { name: fi.ModelEvaluations.title })).toBeVisible();
  await expect(editor.getByRole("button", { name: fi.ModelEvaluations.add })).toHaveCount(0);
  await editor.goto("/fi/toimitus/arvioinnit");
  await expect(editor.getByRole("heading", { name: fi.EvaluationList.title })).toBeVisible();
});
