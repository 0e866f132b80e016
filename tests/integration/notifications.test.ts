// Notifications on both databases: who is told of each step in the working area (and never of
// their own), the hourly limit on "edited by someone else", translations behind for over 30
// days told once per lag, the person's own list, and mail: one per event, a daily digest or
// none, in the language the recipient chose, with the HTML escaped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Mail, Mailer } from "@/auth/mail";
import type { Viewer } from "@/auth/permissions";
import { createUser } from "@/auth/users";
import type { EvaluationDraftDocument, ModelDocument } from "@/content/document";
import { createEvaluation } from "@/editorial/evaluations";
import { notifyLaggingTranslations } from "@/editorial/lagging-translations";
import { openModel, createModel, publish, returnToDraft, saveDraft, submitForReview } from "@/editorial/models";
import { countUnread, markRead, readInbox, saveMailSetting } from "@/notifications/inbox";
import { mailNotifications } from "@/notifications/mail";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";
import { viewerOf } from "../support/viewers";

const password = "oikein-pitkä-salasana";
const dayMs = 24 * 3600_000;

const draft = (slug: string, name: string, basicIdea: string, swedish?: string): ModelDocument => ({
  slug,
  facts: { themes: [], developers: ["porin-tukiyhdistys"] },
  texts: {
    fi: { name, shortDescription: "Ryhmä kokoontuu kerran kuussa.", sections: { "basic-idea": basicIdea } },
    ...(swedish ? { sv: { name: `${name} (sv)`, shortDescription: "Gruppen träffas en gång i månaden.", sections: { "basic-idea": swedish } } } : {}),
  },
});

const evaluation: EvaluationDraftDocument = {
  facts: { evaluator: "arviointikeskus", evaluatedOn: "2026-10-01", frameworkVersion: "2021", nextReviewOn: "2029-10-01", strengthens: ["common-good"], documents: [] },
  texts: { fi: { summary: "Malli vahvistaa yhteistä hyvää.", findings: { "common-good": "Yhteinen hyvä vahvistui." } } },
};

const capture = () => {
  const sent: Mail[] = [];
  const mailer: Mailer = { canSend: true, send: async (mail) => (sent.push(mail), true) };
  return { sent, mailer };
};

describe.each(databaseKinds())("notifications (%s)", (kind) => {
  let database: SeededDatabase;
  let editor: Viewer;
  let second: Viewer;
  let publisher: Viewer;
  let outsider: Viewer;
  let coordinator: Viewer;

  const versionOf = async (id: string) => (await database.db.practiceModel.findUniqueOrThrow({ where: { id } })).version;
  const at = async (id: string) => ({ id, baseVersion: await versionOf(id) });
  /** Who was told of `kind` about the model, by e-mail address, sorted. */
  const told = async (modelId: string, kind: string) =>
    (await database.db.notification.findMany({ where: { modelId, kind }, select: { user: { select: { email: true } } } })).map((n) => n.user.email).sort();
  const everythingMailed = () => database.db.notification.updateMany({ where: { mailedAt: null }, data: { mailedAt: new Date() } });

  beforeAll(async () => {
    database = await seededDatabase(kind);
    const users: [string, string, Parameters<typeof createUser>[1]["memberships"]][] = [
      ["ed@example.fi", "Eeva", [{ organisationKey: "porin-tukiyhdistys", role: "EDITOR" }]],
      ["ed2@example.fi", "Eino", [{ organisationKey: "porin-tukiyhdistys", role: "EDITOR" }]],
      ["pub@example.fi", "Paavo", [{ organisationKey: "porin-tukiyhdistys", role: "PUBLISHER" }]],
      ["out@example.fi", "Ulla", [{ organisationKey: "sirkusliitto", role: "PUBLISHER" }]],
    ];
    for (const [email, name, memberships] of users) await createUser(database.db, { email, name, password, memberships });
    await createUser(database.db, { email: "coord@example.fi", name: "Kalle", password, nationalRole: "COORDINATOR" });
    editor = await viewerOf(database.db, "ed@example.fi");
    second = await viewerOf(database.db, "ed2@example.fi");
    publisher = await viewerOf(database.db, "pub@example.fi");
    outsider = await viewerOf(database.db, "out@example.fi");
    coordinator = await viewerOf(database.db, "coord@example.fi");
  });
  afterAll(() => database?.drop());

  it("tells the organisation's publishers of a review request, the authors of a return and of a publish, never the one who acted", async () => {
    const id = await createModel(database.db, editor, draft("kuukausiryhma", "Kuukausiryhmä", "Jokainen tuo yhden kysymyksen."), "fi");
    await submitForReview(database.db, editor, await at(id));
    expect(await told(id, "review-requested")).toEqual(["pub@example.fi"]);

    await returnToDraft(database.db, publisher, await at(id), "Lisää esimerkki.");
    expect(await told(id, "returned")).toEqual(["ed@example.fi"]);

    await saveDraft(database.db, editor, await at(id), draft("kuukausiryhma", "Kuukausiryhmä", "Jokainen tuo yhden kysymyksen, esimerkiksi kirjasta."));
    await submitForReview(database.db, editor, await at(id));
    await publish(database.db, publisher, await at(id), { locales: ["fi"], changeNotes: null });
    expect(await told(id, "published")).toEqual(["ed@example.fi"]);
    expect(await told(id, "review-requested")).toEqual(["pub@example.fi", "pub@example.fi"]);
    // Ulla publishes for another organisation: she hears of none of it.
    expect(await database.db.notification.count({ where: { userId: outsider.id } })).toBe(0);
  });

  it("tells the other authors of a draft when someone else edits it, at most once an hour", async () => {
    const id = await createModel(database.db, editor, draft("yhteinen-luonnos", "Yhteinen luonnos", "Ensimmäinen versio."), "fi");
    await saveDraft(database.db, editor, await at(id), draft("yhteinen-luonnos", "Yhteinen luonnos", "Eevan toinen versio."));
    expect(await told(id, "edited-by-other")).toEqual([]);
    await saveDraft(database.db, second, await at(id), draft("yhteinen-luonnos", "Yhteinen luonnos", "Einon lisäys."));
    expect(await told(id, "edited-by-other")).toEqual(["ed@example.fi"]);
    await saveDraft(database.db, second, await at(id), draft("yhteinen-luonnos", "Yhteinen luonnos", "Einon toinen lisäys."));
    expect(await told(id, "edited-by-other")).toEqual(["ed@example.fi"]);
    // Eeva edits after Eino: Eino is an author of the round too, and hears of it.
    await saveDraft(database.db, editor, await at(id), draft("yhteinen-luonnos", "Yhteinen luonnos", "Eevan korjaus."));
    expect(await told(id, "edited-by-other")).toEqual(["ed2@example.fi", "ed@example.fi"]);
  });

  it("asks the model's own people to comment on a new evaluation", async () => {
    const id = await createModel(database.db, editor, draft("arvioitava-malli", "Arvioitava malli", "Toiminta on vakiintunut."), "fi");
    await createEvaluation(database.db, coordinator, id, evaluation);
    expect(await told(id, "evaluation-awaits-comment")).toEqual(["ed2@example.fi", "ed@example.fi", "pub@example.fi"]);
  });

  it("tells the editors and publishers once when a translation has been behind its source for over 30 days", async () => {
    const id = await createModel(database.db, editor, draft("kaksikielinen", "Kaksikielinen", "Alkuperäinen.", "Ursprunglig."), "fi");
    await saveDraft(database.db, editor, await at(id), draft("kaksikielinen", "Kaksikielinen", "Suomi muuttui.", "Ursprunglig."));
    expect(await notifyLaggingTranslations(database.db, new Date(Date.now() + 29 * dayMs))).toBe(0);
    expect(await told(id, "translation-behind")).toEqual([]);

    await notifyLaggingTranslations(database.db, new Date(Date.now() + 31 * dayMs));
    expect(await told(id, "translation-behind")).toEqual(["ed2@example.fi", "ed@example.fi", "pub@example.fi"]);
    const lag = await database.db.notification.findFirstOrThrow({ where: { modelId: id, kind: "translation-behind" } });
    expect(lag.details).toEqual({ locale: "sv", sinceRevision: 2 });
    // The same lag, a later source change while it lasts: nobody is told again.
    await saveDraft(database.db, editor, await at(id), draft("kaksikielinen", "Kaksikielinen", "Suomi muuttui taas.", "Ursprunglig."));
    await notifyLaggingTranslations(database.db, new Date(Date.now() + 62 * dayMs));
    expect(await told(id, "translation-behind")).toHaveLength(3);
  });

  it("keeps each person's list their own: unread count, mark one or all read", async () => {
    const before = await countUnread(database.db, publisher.id);
    expect(before).toBeGreaterThan(0);
    const first = (await readInbox(database.db, publisher.id, "fi")).find((entry) => entry.kind === "review-requested");
    expect(first).toMatchObject({ read: false });
    expect(first!.line).toBe("Eeva lähetti mallin Kuukausiryhmä tarkastettavaksi.");
    expect(first!.link).toMatch(/\/fi\/toimitus\/mallit\/[0-9a-f-]+$/);
    // Someone else's id does nothing to Paavo's list.
    await markRead(database.db, editor.id, first!.id);
    expect(await countUnread(database.db, publisher.id)).toBe(before);
    await markRead(database.db, publisher.id, first!.id);
    expect(await countUnread(database.db, publisher.id)).toBe(before - 1);
    await markRead(database.db, publisher.id);
    expect(await countUnread(database.db, publisher.id)).toBe(0);
  });

  it("mails each event, a daily digest or nothing, in the recipient's language, with the HTML escaped", async () => {
    await everythingMailed();
    await saveMailSetting(database.db, editor.id, { mail: "EACH", locale: "sv" });
    await saveMailSetting(database.db, publisher.id, { mail: "DIGEST", locale: "en" });
    await saveMailSetting(database.db, second.id, { mail: "OFF", locale: "fi" });
    const id = await createModel(database.db, editor, draft("postitettava", "Postitettava <malli>", "Teksti."), "fi");
    await saveDraft(database.db, second, await at(id), draft("postitettava", "Postitettava <malli>", "Einon teksti."));
    await submitForReview(database.db, editor, await at(id));
    await returnToDraft(database.db, publisher, await at(id), "Katso <b>tämä</b> & korjaa.");

    const now = new Date();
    const { sent, mailer } = capture();
    await mailNotifications(database.db, mailer, now);
    const to = (email: string) => sent.filter((m) => m.to === email);
    // Eeva: one mail for each of the two events, in Swedish.
    expect(to("ed@example.fi").map((m) => m.subject).sort()).toEqual(["Returnerad för bearbetning: Postitettava <malli>", "Utkastet redigerades: Postitettava <malli>"]);
    const returned = to("ed@example.fi").find((m) => m.subject.startsWith("Returnerad"))!;
    expect(returned.text).toContain("Katso <b>tämä</b> & korjaa.");
    expect(returned.text).toContain(`/sv/redaktion/modeller/${id}`);
    expect(returned.html).toContain("Katso &#60;b&#62;tämä&#60;/b&#62; &#38; korjaa.");
    expect(returned.html).not.toContain("<b>");
    // Paavo: one digest in English; Eino: nothing, though his list has it.
    expect(to("pub@example.fi")).toHaveLength(1);
    expect(to("pub@example.fi")[0]!.subject).toMatch(/^Palaset: \d+ new notifications?$/);
    expect(to("pub@example.fi")[0]!.text).toContain("Postitettava <malli>");
    expect(to("ed2@example.fi")).toEqual([]);

    // Nothing is mailed twice; the next digest waits a day.
    await submitForReview(database.db, editor, await at(id));
    const again = capture();
    await mailNotifications(database.db, again.mailer, new Date(now.getTime() + 3600_000));
    expect(again.sent).toEqual([]);
    const tomorrow = capture();
    await mailNotifications(database.db, tomorrow.mailer, new Date(now.getTime() + dayMs + 1000));
    expect(tomorrow.sent.map((m) => m.to)).toEqual(["pub@example.fi"]);
    expect(tomorrow.sent[0]!.subject).toBe("Palaset: 1 new notification");
  });

  it("writes nothing to mail when the installation sends no mail, and the list still has it", async () => {
    await everythingMailed();
    const id = await createModel(database.db, editor, draft("hiljainen", "Hiljainen", "Teksti."), "fi");
    await submitForReview(database.db, editor, await at(id));
    await mailNotifications(database.db, { canSend: false, send: async () => false });
    expect(await database.db.notification.count({ where: { modelId: id, mailedAt: null } })).toBe(1);
    expect((await openModel(database.db, publisher, id))?.state).toBe("IN_REVIEW");
  });
});
