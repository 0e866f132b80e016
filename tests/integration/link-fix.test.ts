// Fixing a broken link on both databases: the working area's list names every place that uses
// a broken address; one call replaces the address in every one of them (an evaluation document, an organisation's website and a model's reference here),
// drops its finding, and leaves an audit entry; someone without the right, an address that is
// not a full http(s) one, the same address, and an address nobody uses any more are refused
// with nothing changed.
// The fixture's keys, for the spelling check: cspell:ignore sirkusliitto nuorisosirkus menetelmat
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotAllowedError } from "@/auth/people-admin";
import type { Viewer } from "@/auth/permissions";
import { fixLink, LinkFixError } from "@/links/fix";
import { listBrokenLinks } from "@/links/listing";
import { brokenLinks, linkTargets, recordChecks } from "@/links/targets";
import { referenceModel } from "../support/content";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";

const person = (id: string, nationalRole: Viewer["nationalRole"], memberships: Viewer["memberships"] = []): Viewer => ({
  id,
  email: `${id}@example.fi`,
  name: id,
  nationalRole,
  twoFactorEnabled: true,
  memberships,
});

/** Expects `promise` to be refused with LinkFixError `code`. */
const refusedWith = (promise: Promise<unknown>, code: LinkFixError["code"]) =>
  expect(promise).rejects.toSatisfy((error) => error instanceof LinkFixError && error.code === code);

const broken = "https://example.org/arviointi.pdf";
const fixed = "https://example.org/raportit/arviointi-2025.pdf";
const checkedAt = new Date("2026-12-01T02:00:00Z");

describe.each(databaseKinds())("fixing a link (%s)", (kind) => {
  let database: SeededDatabase;
  const coordinator = person("coordinator", "COORDINATOR");

  beforeAll(async () => {
    database = await seededDatabase(kind);
    const { db } = database;
    // The fixture's evaluation document links to `broken`; an organisation and a model's
    // bibliography link there too.
    const circus = await db.practiceModel.findUniqueOrThrow({ where: { slug: "nuorisosirkus" } });
    await db.reference.create({ data: { modelId: circus.id, position: 9, title: "Arviointiraportti", url: broken } });
    await db.organisation.update({ where: { key: "sirkusliitto" }, data: { website: broken } });
    await recordChecks(db, [
      { url: broken, outcome: "broken", httpStatus: 404, redirects: [], checkedAt },
      { url: "https://example.org/playful-methods", outcome: "error", error: "getaddrinfo ENOTFOUND example.org", redirects: [], checkedAt },
      { url: "https://example.org/sirkus", outcome: "timeout", redirects: [], checkedAt: new Date(checkedAt.getTime() - 60_000) },
      { url: "https://example.org/coming-home", outcome: "ok", httpStatus: 200, redirects: [], checkedAt },
    ]);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("lists the broken links for the working area with the name of every place that uses them, and when the check ran", async () => {
    const { db } = database;
    const id = async (slug: string) => (await db.practiceModel.findUniqueOrThrow({ where: { slug } })).id;
    const { links, lastCheckedAt } = await listBrokenLinks(db, "en");
    expect(lastCheckedAt).toEqual(checkedAt);
    expect(links.map(({ url, outcome, httpStatus, error, uses }) => ({ url, outcome, httpStatus, error, uses }))).toEqual([
      {
        url: broken,
        outcome: "broken",
        httpStatus: 404,
        error: null,
        uses: [
          { field: "EvaluationDocument.url", kind: "model", name: "Meeting place for people with a prison background", modelId: await id(referenceModel) },
          { field: "Reference.url", kind: "model", name: "Social circus for young people", modelId: await id("nuorisosirkus") },
          { field: "Organisation.website", kind: "organisation", name: "Nuorisosirkusten liitto ry", modelId: null },
        ],
      },
      {
        url: "https://example.org/playful-methods",
        outcome: "error",
        httpStatus: null,
        error: "getaddrinfo ENOTFOUND example.org",
        uses: [{ field: "Reference.url", kind: "themeArticle", name: "Creative methods in client work", modelId: null }],
      },
      {
        url: "https://example.org/sirkus",
        outcome: "timeout",
        httpStatus: null,
        error: null,
        uses: [{ field: "PracticeModel.sourceUrl", kind: "model", name: "Social circus for young people", modelId: await id("nuorisosirkus") }],
      },
    ]);
    expect((await listBrokenLinks(db, "sv")).links[1]?.uses[0]?.name).toBe("Kreativa metoder i klientarbetet");
  });

  it("refuses someone who may not fix links, and changes nothing", async () => {
    const organisation = await database.db.organisation.findUniqueOrThrow({ where: { key: "sirkusliitto" } });
    const orgAdmin = person("org-admin", null, [{ organisationId: organisation.id, organisationKey: organisation.key, organisationName: organisation.name, role: "ORG_ADMIN" }]);
    for (const viewer of [orgAdmin, person("nobody", null)]) {
      await expect(fixLink(database.db, viewer, broken, fixed)).rejects.toThrow(NotAllowedError);
    }
    expect((await brokenLinks(database.db)).map((link) => [link.url, link.uses.length])).toEqual([
      [broken, 3],
      ["https://example.org/playful-methods", 1],
      ["https://example.org/sirkus", 1],
    ]);
  });

  it.each([
    ["javascript:", "javascript:alert(document.cookie)"],
    ["a relative address", "/fi/mallit/nuorisosirkus"],
    ["another scheme", "ftp://example.org/arviointi.pdf"],
    ["mailto:", "mailto:info@example.org"],
    ["https: without //", "https:example.org/arviointi.pdf"],
    ["white space inside", "https://example.org/arviointi 2025.pdf"],
    ["nothing", "  "],
  ])("refuses %s as the new address", async (_what, address) => {
    await refusedWith(fixLink(database.db, coordinator, broken, address), "invalidAddress");
    expect(await database.db.evaluationDocument.count({ where: { url: broken } })).toBe(1);
  });

  it("refuses the same address", async () => {
    await refusedWith(fixLink(database.db, coordinator, broken, ` ${broken} `), "sameAddress");
  });

  it("replaces the address everywhere it is used with one call, drops its finding and records it in the audit log", async () => {
    const { db } = database;
    expect(await fixLink(db, coordinator, broken, ` ${fixed}\n`)).toEqual({
      from: broken,
      to: fixed,
      counts: { "EvaluationDocument.url": 1, "Reference.url": 1, "PracticeModel.sourceUrl": 0, "Organisation.website": 1 },
      total: 3,
    });

    const targets = await linkTargets(db);
    expect(targets.find((target) => target.url === broken)).toBeUndefined();
    expect(targets.find((target) => target.url === fixed)?.uses).toEqual([
      { field: "EvaluationDocument.url", owner: { kind: "model", slug: referenceModel } },
      { field: "Reference.url", owner: { kind: "model", slug: "nuorisosirkus" } },
      { field: "Organisation.website", owner: { kind: "organisation", key: "sirkusliitto" } },
    ]);
    expect(await db.linkCheck.findUnique({ where: { url: broken } })).toBeNull();
    expect((await brokenLinks(db)).map((link) => link.url)).toEqual(["https://example.org/playful-methods", "https://example.org/sirkus"]);

    const entries = await db.auditEntry.findMany({ where: { action: "link-fixed" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: coordinator.id,
      actorEmail: coordinator.email,
      details: { from: broken, to: fixed, counts: { "EvaluationDocument.url": 1, "Reference.url": 1, "PracticeModel.sourceUrl": 0, "Organisation.website": 1 } },
    });
  });

  it("refuses an address nobody uses any more (fixed meanwhile), with no audit entry", async () => {
    await refusedWith(fixLink(database.db, person("admin", "ADMIN"), broken, "https://example.org/toinen.pdf"), "notInUse");
    expect(await database.db.auditEntry.count({ where: { action: "link-fixed" } })).toBe(1);
    expect(await database.db.evaluationDocument.count({ where: { url: "https://example.org/toinen.pdf" } })).toBe(0);
  });
});
