// Readers' feedback on both databases: the form's honeypot and checks, storing, the hourly
// limit per sender, and the admins' list with "mark handled"; nobody else may read it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotAllowedError } from "@/auth/people-admin";
import type { Viewer } from "@/auth/permissions";
import { createUser } from "@/auth/users";
import { parseFeedbackForm } from "@/feedback/form";
import { addressHash, countOpenFeedback, limitPerAddress, listFeedback, markFeedbackHandled, submitFeedback } from "@/feedback/messages";
import { viewerOf as viewerOfAccount } from "../support/viewers";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";

const password = "oikein-pitkä-salasana";
const secret = "test-secret-that-is-long-enough-for-hmac";
const page = "/fi/saavutettavuusseloste";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries({ locale: "fi", page, website: "", replyTo: "", ...fields })) data.set(key, value);
  return data;
}

describe("the feedback form's fields", () => {
  it("takes a message with an optional reply address", () => {
    expect(parseFeedbackForm(form({ message: "  Kuvalta puuttuu tekstivastine.  " }))).toEqual({
      kind: "ok",
      feedback: { locale: "fi", page, message: "Kuvalta puuttuu tekstivastine.", replyTo: undefined },
    });
    expect(parseFeedbackForm(form({ message: "Hej", replyTo: "lasare@example.fi" }))).toMatchObject({ kind: "ok", feedback: { replyTo: "lasare@example.fi" } });
  });

  it("refuses a filled honeypot before anything else", () => {
    expect(parseFeedbackForm(form({ message: "Buy now", website: "https://spam.example" }))).toEqual({ kind: "spam" });
    expect(parseFeedbackForm(form({ message: "", website: "x" }))).toEqual({ kind: "spam" });
  });

  it("refuses an empty or too long message, a bad address, a foreign page and an unknown language", () => {
    expect(parseFeedbackForm(form({ message: "   " }))).toEqual({ kind: "invalid" });
    expect(parseFeedbackForm(form({ message: "x".repeat(4001) }))).toEqual({ kind: "invalid" });
    expect(parseFeedbackForm(form({ message: "x".repeat(4000) }))).toMatchObject({ kind: "ok" });
    expect(parseFeedbackForm(form({ message: "Hei", replyTo: "ei-osoite" }))).toEqual({ kind: "invalid" });
    expect(parseFeedbackForm(form({ message: "Hei", page: "https://example.com/" }))).toEqual({ kind: "invalid" });
    expect(parseFeedbackForm(form({ message: "Hei", locale: "de" }))).toEqual({ kind: "invalid" });
  });
});

describe.each(databaseKinds())("feedback messages (%s)", (kind) => {
  let database: SeededDatabase;
  let admin: Viewer;
  let coordinator: Viewer;

  const viewerOf = (email: string) => viewerOfAccount(database.db, email);

  beforeAll(async () => {
    database = await seededDatabase(kind);
    await createUser(database.db, { email: "admin@example.fi", name: "Ylläpitäjä", password, nationalRole: "ADMIN" });
    await createUser(database.db, { email: "coord@example.fi", name: "Koordinaattori", password, nationalRole: "COORDINATOR" });
    admin = await viewerOf("admin@example.fi");
    coordinator = await viewerOf("coord@example.fi");
  });
  afterAll(() => database?.drop());

  it("stores a message with a hash of the sender's address, never the address", async () => {
    const result = await submitFeedback(database.db, { locale: "sv", page: "/sv/tillganglighetsutlatande", message: "Kontrasten är för svag.", replyTo: "a@example.fi" }, { address: "192.0.2.1", secret });
    expect(result.stored).toBe(true);
    const row = await database.db.feedbackMessage.findFirstOrThrow({ where: { message: "Kontrasten är för svag." } });
    expect(row).toMatchObject({ locale: "sv", page: "/sv/tillganglighetsutlatande", replyTo: "a@example.fi", handledAt: null });
    expect(row.addressHash).toBe(addressHash("192.0.2.1", secret));
    expect(JSON.stringify(row)).not.toContain("192.0.2.1");
  });

  it("takes five messages an hour from one address, then refuses until the hour has passed", async () => {
    const sender = { address: "198.51.100.7", secret };
    const start = new Date("2026-12-01T10:00:00Z");
    for (let i = 0; i < limitPerAddress; i++) {
      const at = new Date(start.getTime() + i * 60_000);
      expect(await submitFeedback(database.db, { locale: "fi", page, message: `Viesti ${i}` }, sender, at)).toMatchObject({ stored: true });
    }
    const tooSoon = new Date(start.getTime() + 30 * 60_000);
    expect(await submitFeedback(database.db, { locale: "fi", page, message: "Kuudes" }, sender, tooSoon)).toEqual({ stored: false, reason: "too-many" });
    // Another address is not limited by this one.
    expect(await submitFeedback(database.db, { locale: "fi", page, message: "Toiselta" }, { address: "198.51.100.8", secret }, tooSoon)).toMatchObject({ stored: true });
    // An hour after the first message, one more fits.
    const later = new Date(start.getTime() + 60 * 60_000 + 1000);
    expect(await submitFeedback(database.db, { locale: "fi", page, message: "Tunnin päästä" }, sender, later)).toMatchObject({ stored: true });
    expect(await database.db.feedbackMessage.count({ where: { message: "Kuudes" } })).toBe(0);
  });

  it("lists the messages newest first for an admin, and marks one handled once", async () => {
    const list = await listFeedback(database.db, admin);
    expect(list.length).toBe(await database.db.feedbackMessage.count());
    expect(list.map((m) => m.createdAt.getTime())).toEqual([...list.map((m) => m.createdAt.getTime())].sort((a, b) => b - a));
    const open = await countOpenFeedback(database.db, admin);
    expect(open).toBe(list.length);

    const target = list.find((m) => m.message === "Kontrasten är för svag.");
    if (!target) throw new Error("the stored message is not listed");
    await markFeedbackHandled(database.db, admin, target.id, new Date("2026-12-02T08:00:00Z"));
    await markFeedbackHandled(database.db, { ...admin, name: "Toinen" }, target.id);
    const handled = (await listFeedback(database.db, admin)).find((m) => m.id === target.id);
    expect(handled?.handled).toEqual({ at: new Date("2026-12-02T08:00:00Z"), by: "Ylläpitäjä" });
    expect(await countOpenFeedback(database.db, admin)).toBe(open - 1);
  });

  it("is closed to everyone but admins", async () => {
    await expect(listFeedback(database.db, coordinator)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(countOpenFeedback(database.db, coordinator)).rejects.toBeInstanceOf(NotAllowedError);
    const any = await database.db.feedbackMessage.findFirstOrThrow({ where: { handledAt: null } });
    await expect(markFeedbackHandled(database.db, coordinator, any.id)).rejects.toBeInstanceOf(NotAllowedError);
    expect((await database.db.feedbackMessage.findUniqueOrThrow({ where: { id: any.id } })).handledAt).toBeNull();
  });
});
