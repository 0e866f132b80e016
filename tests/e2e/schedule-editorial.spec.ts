// Notifications and scheduled publishing in a browser: the publisher hears of a review request
// in their list and by mail. An editor sends a new model for review; the publisher
// schedules its publish a few seconds ahead in Finnish time; the model is not public before
// that time and is public soon after it, done by the job runner inside the app (polling every
// half second here, PALASET_JOB_POLL_MS in playwright.config.ts). The schedule panel is
// axe-clean, and a schedule can be cancelled. Writing aids show beside the fields after a save.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import fi from "../../messages/fi.json" with { type: "json" };
import { accounts } from "./accounts";
import { latestMailTo } from "./mailbox";
import { signIn } from "./sign-in";

test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/fi\/toimitus/);
  return page;
}

/** A moment as Finnish wall-clock time with seconds, as a datetime-local input takes it. */
const finnishTime = (moment: Date) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
    .format(moment)
    .replace(" ", "T");

/** An editor writes a model in Finnish and sends it for review; its address in the working area. */
async function modelInReview(browser: Browser, name: string): Promise<string> {
  const editor = await as(browser, accounts.editor.email);
  await editor.goto("/fi/toimitus/mallit/uusi");
  await editor.locator("#field-fi-name").fill(name);
  await editor.locator("#field-fi-shortDescription").fill("Ryhmä kokoontuu kirjastossa joka toinen viikko.");
  await editor.locator("#field-fi-sections-basic-idea").fill("Osallistujat valitsevat itse illan aiheen.");
  await editor.getByRole("button", { name: fi.ModelEditor.save, exact: true }).click();
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done.created);
  await editor.getByRole("button", { name: fi.Workflow.submit, exact: true }).click();
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done.submit);
  return new URL(editor.url()).pathname;
}

test("the publisher hears of a review request in the working area and by mail", async ({ browser }) => {
  const name = `Ilmoitettava ${run}`;
  const address = await modelInReview(browser, name);
  const publisher = await as(browser, accounts.publisher.email);
  const line = fi.Notifications.kinds["review-requested"].replace("{actor}", accounts.editor.name).replace("{model}", name);
  await expect(publisher.getByRole("link", { name: /^Ilmoitukset \(\d+ lukematonta\)$/ })).toBeVisible();
  await publisher.goto("/fi/toimitus/ilmoitukset");
  const entry = publisher.getByRole("listitem").filter({ hasText: line });
  await expect(entry).toContainText(fi.Notifications.unread);
  expect((await new AxeBuilder({ page: publisher }).analyze()).violations).toEqual([]);
  // The mail (a real SMTP server, tests/e2e/mail-catcher.ts) links to the model in the working area.
  const mail = await latestMailTo(accounts.publisher.email, name);
  expect(mail.subject).toBe(fi.Notifications.subjects["review-requested"].replace("{model}", name));
  expect(mail.text).toContain(line);
  expect(new URL(mail.link).pathname).toBe(address);
  await entry.getByRole("button", { name: fi.Notifications.markRead }).click();
  await expect(publisher.getByRole("status")).toHaveText(fi.Notifications.marked);
  await expect(publisher.getByRole("listitem").filter({ hasText: line })).not.toContainText(fi.Notifications.unread);
});

test("a publish scheduled a few seconds ahead goes live on time", async ({ browser }) => {
  const name = `Kirjastoilta ${run}`;
  const address = await modelInReview(browser, name);
  const publisher = await as(browser, accounts.publisher.email);
  await publisher.goto(address);
  await publisher.getByRole("checkbox", { name: "suomi", exact: true }).check();
  await publisher.getByRole("checkbox", { name: fi.Workflow.minor }).check();
  // The field takes whole seconds: a time with milliseconds would be scheduled up to a second before `at`.
  const at = new Date(Math.ceil((Date.now() + 3_000) / 1_000) * 1_000);
  await publisher.getByLabel(fi.Scheduling.when).first().fill(finnishTime(at));
  await publisher.getByRole("button", { name: fi.Scheduling.schedulePublish, exact: true }).click();
  await expect(publisher.locator("#outcome")).toHaveText(fi.ModelEditor.done["schedule-publish"]);
  await expect(publisher.locator("#schedule")).toContainText(fi.Scheduling.pending);

  const reader = await (await browser.newContext()).newPage();
  const slug = `kirjastoilta-${run}`;
  // A read answered before the time set must not see the model yet.
  const early = await reader.request.get(`/fi/mallit/${slug}`);
  if (Date.now() < at.getTime()) expect(early.status()).toBe(404);
  await expect
    .poll(async () => (await reader.request.get(`/fi/mallit/${slug}`)).status(), { timeout: 15_000, intervals: [250] })
    .toBe(200);
  // Live no earlier than the time set (the server's clock is this machine's).
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime() - 1_000);
  await reader.goto(`/fi/mallit/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(name);

  await publisher.reload();
  await expect(publisher.getByTestId("editorial-state")).toHaveText(fi.EditorialStates.PUBLISHED);
  await expect(publisher.locator("#schedule")).toHaveCount(0);
});

test("a schedule can be cancelled, and the panel is accessible", async ({ browser }) => {
  const name = `Peruttava ${run}`;
  const address = await modelInReview(browser, name);
  const publisher = await as(browser, accounts.publisher.email);
  await publisher.goto(address);
  await publisher.getByRole("checkbox", { name: "suomi", exact: true }).check();
  await publisher.getByRole("checkbox", { name: fi.Workflow.minor }).check();
  await publisher.getByLabel(fi.Scheduling.when).first().fill(finnishTime(new Date(Date.now() + 24 * 3600_000)));
  await publisher.getByRole("button", { name: fi.Scheduling.schedulePublish, exact: true }).click();
  await expect(publisher.locator("#outcome")).toHaveText(fi.ModelEditor.done["schedule-publish"]);
  const axe = await new AxeBuilder({ page: publisher }).analyze();
  expect(axe.violations).toEqual([]);

  await publisher.getByRole("button", { name: fi.Scheduling.cancel }).click();
  await expect(publisher.locator("#outcome")).toHaveText(fi.ModelEditor.done["cancel-schedule"]);
  await expect(publisher.locator("#schedule")).toHaveCount(0);
  // A time in the past is refused with a message, and nothing is scheduled.
  await publisher.getByRole("checkbox", { name: "suomi", exact: true }).check();
  await publisher.getByRole("checkbox", { name: fi.Workflow.minor }).check();
  await publisher.getByLabel(fi.Scheduling.when).first().fill(finnishTime(new Date(Date.now() - 3600_000)));
  await publisher.getByRole("button", { name: fi.Scheduling.schedulePublish, exact: true }).click();
  await expect(publisher.locator("#outcome")).toHaveText(fi.ModelEditor.problems.scheduleTime);
  await expect(publisher.locator("#schedule")).toHaveCount(0);
});

test("writing aids warn beside a field after a save and never stop it", async ({ browser }) => {
  const editor = await as(browser, accounts.editor.email);
  await editor.goto("/fi/toimitus/mallit/uusi");
  await editor.locator("#field-fi-name").fill(`Kirjoitusapu ${run}`);
  await editor.locator("#field-fi-shortDescription").fill("Ryhmä kokoontuu kirjastossa.");
  await editor.locator("#field-fi-sections-basic-idea").fill("Ryhmä lainaa kirjsatoa yhdessä.");
  await editor.locator("#field-en-name").fill(`Writing aid ${run}`);
  await editor.locator("#field-en-shortDescription").fill("The group meets at the library.");
  await editor.locator("#field-en-sections-basic-idea").fill("Open to people who use substance abuse services.");
  await editor.getByRole("button", { name: fi.ModelEditor.save, exact: true }).click();
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done.created);
  const finnish = editor.locator("#field-fi-sections-basic-idea-aids");
  await expect(finnish).toContainText(fi.ModelEditor.aids.spelling);
  await expect(finnish).toContainText("kirjsatoa");
  await expect(editor.locator("#field-en-sections-basic-idea-aids")).toContainText("substance abuse");
  await expect(editor.locator("#field-fi-sections-basic-idea")).toHaveAccessibleDescription(/kirjsatoa/);
  await expect(editor.locator("#field-fi-sections-basic-idea")).toHaveValue("Ryhmä lainaa kirjsatoa yhdessä.");
});

test("the publisher remarks on one section; the editor sees it beside the field, replies and resolves it", async ({ browser }) => {
  const name = `Kommentoitava ${run}`;
  const address = await modelInReview(browser, name);
  const publisher = await as(browser, accounts.publisher.email);
  await publisher.goto(address);
  const discussion = publisher.locator("#discussion");
  await discussion.getByLabel(fi.Discussion.about).selectOption("fi:sections.basic-idea");
  await discussion.getByLabel(fi.Discussion.remark, { exact: true }).fill(`Kerro, kuka valitsee aiheen. @${accounts.editor.email}`);
  await discussion.getByRole("button", { name: fi.Discussion.send }).click();
  await expect(publisher.locator("#outcome")).toHaveText(fi.ModelEditor.done.commented);
  expect((await new AxeBuilder({ page: publisher }).include("#discussion").analyze()).violations).toEqual([]);

  const editor = await as(browser, accounts.editor.email);
  await editor.goto(address);
  const beside = editor.getByRole("link", { name: "1 avoin kommentti tästä kohdasta" });
  await expect(beside).toBeVisible();
  await beside.click();
  const thread = editor.locator("#discussion li").filter({ hasText: "Kerro, kuka valitsee aiheen." }).first();
  await expect(thread).toContainText(`${fi.ModelEditor.fields.sections["basic-idea"]} (suomi)`);
  await thread.getByLabel(fi.Discussion.reply).fill("Osallistujat valitsevat, lisäsin sen.");
  await thread.getByRole("button", { name: fi.Discussion.sendReply }).click();
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done.commented);
  await editor.locator("#discussion li").filter({ hasText: "Kerro, kuka valitsee aiheen." }).first().getByRole("button", { name: fi.Discussion.resolve }).click();
  await expect(editor.locator("#outcome")).toHaveText(fi.ModelEditor.done.resolved);
  await expect(editor.getByRole("link", { name: "1 avoin kommentti tästä kohdasta" })).toHaveCount(0);
  await expect(editor.locator("#discussion details summary")).toHaveText("1 ratkaistu keskustelu");
  // The comparison of the revisions shows the remarks made on them.
  await editor.goto(`${address}/historia?from=1&to=2`);
  await expect(editor.locator("#comparison-title ~ ul")).toContainText("Kerro, kuka valitsee aiheen.");
  await expect(editor.locator("#comparison-title ~ ul")).toContainText("Osallistujat valitsevat, lisäsin sen.");
});
