// The review discussion on both databases: a remark on one field in one language, kept with
// the revision; replies (one level) filed with their thread; resolve and reopen by the
// thread's author or the model's editors; a mention notifies only someone who may read the
// drafts; an outsider may not remark; a field without its language is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { NotAllowedError } from "@/auth/people-admin";
import type { Viewer } from "@/auth/permissions";
import { createUser } from "@/auth/users";
import { addRemark, mentionedAddresses, readDiscussion, ReplyToReplyError, resolveThread } from "@/editorial/discussion";
import { createModel, saveDraft } from "@/editorial/models";
import type { ModelDocument } from "@/content/document";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";
import { viewerOf } from "../support/viewers";

const draft = (basicIdea: string): ModelDocument => ({
  slug: "keskusteltava",
  facts: { themes: [], developers: ["porin-tukiyhdistys"] },
  texts: { fi: { name: "Keskusteltava", shortDescription: "Ryhmä kokoontuu kerran kuussa.", sections: { "basic-idea": basicIdea } } },
});

describe.each(databaseKinds())("review discussion (%s)", (kind) => {
  let database: SeededDatabase;
  let editor: Viewer;
  let publisher: Viewer;
  let outsider: Viewer;
  let coordinator: Viewer;
  let modelId: string;

  beforeAll(async () => {
    database = await seededDatabase(kind);
    const password = "oikein-pitkä-salasana";
    await createUser(database.db, { email: "ed@example.fi", name: "Eeva", password, memberships: [{ organisationKey: "porin-tukiyhdistys", role: "EDITOR" }] });
    await createUser(database.db, { email: "pub@example.fi", name: "Paavo", password, memberships: [{ organisationKey: "porin-tukiyhdistys", role: "PUBLISHER" }] });
    await createUser(database.db, { email: "out@example.fi", name: "Ulla", password, memberships: [{ organisationKey: "sirkusliitto", role: "EDITOR" }] });
    await createUser(database.db, { email: "coord@example.fi", name: "Kalle", password, nationalRole: "COORDINATOR" });
    editor = await viewerOf(database.db, "ed@example.fi");
    publisher = await viewerOf(database.db, "pub@example.fi");
    outsider = await viewerOf(database.db, "out@example.fi");
    coordinator = await viewerOf(database.db, "coord@example.fi");
    modelId = await createModel(database.db, editor, draft("Jokainen tuo yhden kysymyksen."), "fi");
    const version = (await database.db.practiceModel.findUniqueOrThrow({ where: { id: modelId } })).version;
    await saveDraft(database.db, editor, { id: modelId, baseVersion: version }, draft("Jokainen tuo kysymyksen."));
  });
  afterAll(() => database?.drop());

  it("files a remark on one field and language with its revision, and replies under it", async () => {
    const thread = await addRemark(database.db, publisher, modelId, { body: "Tarkenna, kuka tuo kysymyksen.", locale: "fi", field: "sections.basic-idea" });
    await addRemark(database.db, editor, modelId, { body: "Lisäsin.", parentId: thread });
    await addRemark(database.db, coordinator, modelId, { body: "Koko luonnos on selkeä." });
    const threads = await readDiscussion(database.db, modelId);
    expect(threads).toHaveLength(2);
    expect(threads[0]).toMatchObject({ id: thread, locale: "fi", field: "sections.basic-idea", revisionNumber: 2, authorName: "Paavo", resolvedAt: null });
    expect(threads[0]!.replies).toEqual([expect.objectContaining({ body: "Lisäsin.", authorName: "Eeva" })]);
    expect(threads[1]).toMatchObject({ locale: null, field: null, authorName: "Kalle" });
    const reply = threads[0]!.replies[0]!.id;
    await expect(addRemark(database.db, publisher, modelId, { body: "Vastaus vastaukseen.", parentId: reply })).rejects.toBeInstanceOf(ReplyToReplyError);
  });

  it("lets the thread's author or the model's editors resolve and reopen it, nobody else", async () => {
    const [thread, draftWide] = await readDiscussion(database.db, modelId);
    await expect(resolveThread(database.db, outsider, modelId, thread!.id)).rejects.toBeInstanceOf(NotAllowedError);
    // Kalle may remark, but not resolve a thread of Paavo's; his own, yes.
    await expect(resolveThread(database.db, coordinator, modelId, thread!.id)).rejects.toBeInstanceOf(NotAllowedError);
    await resolveThread(database.db, coordinator, modelId, draftWide!.id);
    await resolveThread(database.db, editor, modelId, thread!.id);
    expect((await readDiscussion(database.db, modelId))[0]).toMatchObject({ resolvedByName: "Eeva", resolvedAt: expect.any(Date) });
    await resolveThread(database.db, publisher, modelId, thread!.id, false);
    expect((await readDiscussion(database.db, modelId))[0]).toMatchObject({ resolvedAt: null, resolvedByName: null });
  });

  it("refuses an outsider, an empty remark and a field without its language", async () => {
    await expect(addRemark(database.db, outsider, modelId, { body: "Minäkin." })).rejects.toBeInstanceOf(NotAllowedError);
    await expect(addRemark(database.db, editor, modelId, { body: "  " })).rejects.toBeInstanceOf(ZodError);
    await expect(addRemark(database.db, editor, modelId, { body: "Tämä.", field: "sections.tips" })).rejects.toBeInstanceOf(ZodError);
    await expect(addRemark(database.db, editor, modelId, { body: "Tämä.", locale: "fi", field: "sections.unknown" as "sections.tips" })).rejects.toBeInstanceOf(ZodError);
  });

  it("notifies the people a remark mentions, if they may read the drafts", async () => {
    expect(mentionedAddresses("Katso @pub@example.fi ja @OUT@example.fi, ei sähköposti pub@example.fi")).toEqual(["pub@example.fi", "out@example.fi"]);
    await addRemark(database.db, editor, modelId, { body: "@pub@example.fi ja @out@example.fi, katsokaa tämä.", locale: "fi", field: "name" });
    const mentioned = await database.db.notification.findMany({ where: { modelId, kind: "mentioned" }, select: { userId: true, details: true } });
    expect(mentioned).toEqual([{ userId: publisher.id, details: { excerpt: "@pub@example.fi ja @out@example.fi, katsokaa tämä." } }]);
  });
});
