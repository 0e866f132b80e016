// Preview links on both databases: a model's editors and publishers make, list and revoke them,
// nobody else may; a link opens its own model only, until it is revoked or expires; an unknown
// or malformed token opens nothing; only a hash of the token is kept; both steps are audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { NotAllowedError } from "@/auth/people-admin";
import type { Viewer } from "@/auth/permissions";
import { createUser } from "@/auth/users";
import type { ModelDocument } from "@/content/document";
import { createModel } from "@/editorial/models";
import { createPreviewLink, listPreviewLinks, openPreviewLink, revokePreviewLink } from "@/editorial/preview-links";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";
import { viewerOf } from "../support/viewers";

const dayMs = 24 * 3600_000;
const draft = (slug: string, name: string, organisation: string): ModelDocument => ({
  slug,
  facts: { themes: [], developers: [organisation] },
  texts: { fi: { name, shortDescription: "Ryhmä kokoontuu kerran kuussa.", sections: { "basic-idea": "Jokainen tuo yhden kysymyksen." } } },
});

describe.each(databaseKinds())("preview links (%s)", (kind) => {
  let database: SeededDatabase;
  let editor: Viewer;
  let publisher: Viewer;
  let outsider: Viewer;
  let coordinator: Viewer;
  let modelA: string;
  let modelB: string;

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
    modelA = await createModel(database.db, editor, draft("esikatsottava", "Esikatsottava", "porin-tukiyhdistys"), "fi");
    modelB = await createModel(database.db, outsider, draft("toinen-malli", "Toinen malli", "sirkusliitto"), "fi");
  });
  afterAll(() => database?.drop());

  it("lets the model's editor make a link that opens that model only, and keeps only a hash of it", async () => {
    const now = new Date();
    const link = await createPreviewLink(database.db, editor, modelA, { label: "Ohjausryhmä", days: 14 }, now);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt.getTime() - now.getTime()).toBe(14 * dayMs);
    expect(await openPreviewLink(database.db, link.token)).toEqual({ modelId: modelA, expiresAt: link.expiresAt });
    const row = await database.db.previewLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(JSON.stringify(row)).not.toContain(link.token);
    expect(await listPreviewLinks(database.db, publisher, modelA)).toEqual([expect.objectContaining({ id: link.id, label: "Ohjausryhmä", createdByName: "Eeva" })]);
    expect(await listPreviewLinks(database.db, outsider, modelB)).toEqual([]);
    const audit = await database.db.auditEntry.findMany({ where: { action: "preview-link-created", subjectId: modelA } });
    expect(audit).toHaveLength(1);
  });

  it("refuses everyone else: another organisation's editor, a coordinator", async () => {
    await expect(createPreviewLink(database.db, outsider, modelA, { label: "Minä", days: 14 })).rejects.toBeInstanceOf(NotAllowedError);
    await expect(createPreviewLink(database.db, coordinator, modelA, { label: "Minä", days: 14 })).rejects.toBeInstanceOf(NotAllowedError);
    await expect(listPreviewLinks(database.db, outsider, modelA)).rejects.toBeInstanceOf(NotAllowedError);
    const link = await createPreviewLink(database.db, editor, modelA, { label: "Kääntäjä", days: 3 });
    await expect(revokePreviewLink(database.db, outsider, modelA, link.id)).rejects.toBeInstanceOf(NotAllowedError);
    // Naming another model does not reach this one's link either.
    await revokePreviewLink(database.db, outsider, modelB, link.id);
    expect(await openPreviewLink(database.db, link.token)).not.toBeNull();
  });

  it("stops working when revoked and after it expires; bad tokens and lifetimes are refused", async () => {
    const revoked = await createPreviewLink(database.db, publisher, modelA, { label: "Asiakkaat", days: 14 });
    await revokePreviewLink(database.db, publisher, modelA, revoked.id);
    expect(await openPreviewLink(database.db, revoked.token)).toBeNull();
    expect((await listPreviewLinks(database.db, editor, modelA)).map((l) => l.id)).not.toContain(revoked.id);
    expect(await database.db.auditEntry.count({ where: { action: "preview-link-revoked", subjectId: modelA } })).toBe(1);

    const short = await createPreviewLink(database.db, editor, modelA, { label: "Lyhyt", days: 1 });
    expect(await openPreviewLink(database.db, short.token, new Date(short.expiresAt.getTime() - 1000))).not.toBeNull();
    expect(await openPreviewLink(database.db, short.token, new Date(short.expiresAt.getTime() + 1000))).toBeNull();

    expect(await openPreviewLink(database.db, "x".repeat(43))).toBeNull();
    expect(await openPreviewLink(database.db, "../../etc/passwd")).toBeNull();
    await expect(createPreviewLink(database.db, editor, modelA, { label: "Liian pitkä", days: 91 })).rejects.toBeInstanceOf(ZodError);
    await expect(createPreviewLink(database.db, editor, modelA, { label: " ", days: 14 })).rejects.toBeInstanceOf(ZodError);
  });
});
