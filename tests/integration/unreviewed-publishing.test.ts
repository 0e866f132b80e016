// Four eyes on publishing, on both databases: a publisher cannot publish a text they sent for
// review themselves while the organisation has another publisher; the organisation's only
// publisher can, from a draft too, giving a reason; such publishes are listed for the
// organisation's publishers and admins (and the service's admins) and can be marked checked;
// national admins publish without the rule.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotAllowedError } from "@/auth/people-admin";
import type { Viewer } from "@/auth/permissions";
import { createUser } from "@/auth/users";
import type { ModelDocument } from "@/content/document";
import { createModel, openModel, publish, submitForReview } from "@/editorial/models";
import { listUnreviewed, markChecked, reviewNeed, SecondReviewerError } from "@/editorial/unreviewed";
import { readModelPage } from "@/queries/models";
import { viewerOf } from "../support/viewers";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";

const password = "oikein-pitkä-salasana";

const draft = (slug: string, name: string, organisation: string): ModelDocument => ({
  slug,
  facts: { themes: [], developers: [organisation] },
  texts: { fi: { name, shortDescription: "Ryhmä kokoontuu kerran kuussa.", sections: { "basic-idea": "Jokainen tuo mukanaan yhden kysymyksen." } } },
});

describe.each(databaseKinds())("publishing without a second reviewer (%s)", (kind) => {
  let database: SeededDatabase;
  let pori: { editor: Viewer; publisher: Viewer; second: Viewer };
  let sole: Viewer;
  let soleOrgAdmin: Viewer;
  let outsider: Viewer;
  let admin: Viewer;

  const versionOf = async (id: string) => (await database.db.practiceModel.findUniqueOrThrow({ where: { id } })).version;

  beforeAll(async () => {
    database = await seededDatabase(kind);
    const people: [string, Parameters<typeof createUser>[1]["memberships"]][] = [
      ["ed@example.fi", [{ organisationKey: "porin-tukiyhdistys", role: "EDITOR" }]],
      ["pub@example.fi", [{ organisationKey: "porin-tukiyhdistys", role: "PUBLISHER" }]],
      ["pub2@example.fi", [{ organisationKey: "porin-tukiyhdistys", role: "PUBLISHER" }]],
      ["sole@example.fi", [{ organisationKey: "sirkusliitto", role: "PUBLISHER" }]],
      ["sole-admin@example.fi", [{ organisationKey: "sirkusliitto", role: "ORG_ADMIN" }]],
    ];
    for (const [email, memberships] of people) await createUser(database.db, { email, name: email.split("@")[0]!, password, memberships });
    await createUser(database.db, { email: "admin@example.fi", name: "Admin", password, nationalRole: "ADMIN" });
    pori = { editor: await viewerOf(database.db, "ed@example.fi"), publisher: await viewerOf(database.db, "pub@example.fi"), second: await viewerOf(database.db, "pub2@example.fi") };
    sole = await viewerOf(database.db, "sole@example.fi");
    soleOrgAdmin = await viewerOf(database.db, "sole-admin@example.fi");
    outsider = pori.publisher;
    admin = await viewerOf(database.db, "admin@example.fi");
  });
  afterAll(() => database?.drop());

  it("needs another publisher for a publisher's own text while the organisation has one", async () => {
    const id = await createModel(database.db, pori.publisher, draft("oma-teksti", "Oma teksti", "porin-tukiyhdistys"), "fi");
    await submitForReview(database.db, pori.publisher, { id, baseVersion: await versionOf(id) });
    const model = (await openModel(database.db, pori.publisher, id))!;
    expect(await reviewNeed(database.db, pori.publisher, model)).toBe("needs-another");
    const error = await publish(database.db, pori.publisher, { id, baseVersion: model.version }, { locales: ["fi"], changeNotes: null, unreviewedReason: "Kiire." }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecondReviewerError);
    expect((error as SecondReviewerError).reason).toBe("anotherPublisher");
    // The other publisher reviews it and publishes; nothing is listed as unreviewed.
    expect(await reviewNeed(database.db, pori.second, model)).toBe("reviewed");
    await publish(database.db, pori.second, { id, baseVersion: model.version }, { locales: ["fi"], changeNotes: null });
    expect((await readModelPage(database.db, "fi", "oma-teksti"))?.name).toBe("Oma teksti");
    expect(await database.db.unreviewedPublication.count({ where: { modelId: id } })).toBe(0);
  });

  it("lets an organisation's only publisher publish their own draft with a reason, listed for checking", async () => {
    const id = await createModel(database.db, sole, draft("yksin-julkaistu", "Yksin julkaistu", "sirkusliitto"), "fi");
    const model = (await openModel(database.db, sole, id))!;
    expect(await reviewNeed(database.db, sole, model)).toBe("alone");
    const at = { id, baseVersion: model.version };
    const missing = await publish(database.db, sole, at, { locales: ["fi"], changeNotes: null, unreviewedReason: "  " }).catch((e: unknown) => e);
    expect((missing as SecondReviewerError).reason).toBe("reasonMissing");
    await publish(database.db, sole, at, { locales: ["fi"], changeNotes: null, unreviewedReason: "Yhdistyksessä on vain yksi työntekijä." });
    expect((await readModelPage(database.db, "fi", "yksin-julkaistu"))?.name).toBe("Yksin julkaistu");
    expect(await database.db.auditEntry.count({ where: { subjectId: id, action: "model-published", details: { path: ["unreviewedReason"], equals: "Yhdistyksessä on vain yksi työntekijä." } } })).toBe(1);

    const listed = await listUnreviewed(database.db, soleOrgAdmin);
    expect(listed).toMatchObject([{ modelId: id, modelName: "Yksin julkaistu", reason: "Yhdistyksessä on vain yksi työntekijä.", publisherName: "sole", checkedAt: null }]);
    expect(await listUnreviewed(database.db, admin)).toHaveLength(1);
    // Another organisation's publisher sees none of it and cannot mark it; an editor cannot list at all.
    expect(await listUnreviewed(database.db, outsider)).toEqual([]);
    await expect(markChecked(database.db, outsider, listed[0]!.id)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(listUnreviewed(database.db, pori.editor)).rejects.toBeInstanceOf(NotAllowedError);
    await markChecked(database.db, soleOrgAdmin, listed[0]!.id);
    expect(await listUnreviewed(database.db, sole)).toMatchObject([{ checkedByName: "sole-admin" }]);
  });

  it("lets national admins publish what they wrote", async () => {
    const id = await createModel(database.db, admin, draft("yllapidon-malli", "Ylläpidon malli", "porin-tukiyhdistys"), "fi");
    await submitForReview(database.db, admin, { id, baseVersion: await versionOf(id) });
    await publish(database.db, admin, { id, baseVersion: await versionOf(id) }, { locales: ["fi"], changeNotes: null });
    expect(await database.db.unreviewedPublication.count({ where: { modelId: id } })).toBe(0);
  });
});
