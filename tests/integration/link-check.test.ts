// The link check on both databases: every external address of the fixture catalogue, found
// with its uses; addresses on a local server (never the internet) checked and recorded; the
// broken ones listed with where they are used, and only while they are in use.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkLinks } from "@/links/check";
import { brokenLinks, linkTargets, recordChecks } from "@/links/targets";
import { referenceModel } from "../support/content";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";
import { startLinkServer, type LinkServer } from "../support/link-server";

const model = (slug: string) => ({ kind: "model", slug }) as const;

describe.each(databaseKinds())("link check (%s)", (kind) => {
  let database: SeededDatabase;
  let server: LinkServer;

  beforeAll(async () => {
    database = await seededDatabase(kind);
    server = await startLinkServer();
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("finds every external address of the catalogue with where it is used", async () => {
    expect(await linkTargets(database.db)).toEqual([
      { url: "https://example.org/arviointi.pdf", uses: [{ field: "EvaluationDocument.url", owner: model(referenceModel) }] },
      { url: "https://example.org/arviointikeskus", uses: [{ field: "Organisation.website", owner: { kind: "organisation", key: "arviointikeskus" } }] },
      { url: "https://example.org/coming-home", uses: [{ field: "Reference.url", owner: model(referenceModel) }] },
      { url: "https://example.org/kohtaamispaikka", uses: [{ field: "PracticeModel.sourceUrl", owner: model(referenceModel) }] },
      { url: "https://example.org/playful-methods", uses: [{ field: "Reference.url", owner: { kind: "themeArticle", slug: "luovat-menetelmat" } }] },
      { url: "https://example.org/porin-tukiyhdistys", uses: [{ field: "Organisation.website", owner: { kind: "organisation", key: "porin-tukiyhdistys" } }] },
      { url: "https://example.org/sirkus", uses: [{ field: "PracticeModel.sourceUrl", owner: model("nuorisosirkus") }] },
    ]);
  });

  it("checks and records the links, and lists the broken one with its use", async () => {
    const { db } = database;
    const circus = await db.practiceModel.findUniqueOrThrow({ where: { slug: "nuorisosirkus" } });
    const reference = await db.practiceModel.findUniqueOrThrow({ where: { slug: referenceModel } });
    await db.reference.create({ data: { modelId: circus.id, position: 9, title: "Kadonnut raportti", url: server.url("/missing") } });
    await db.reference.create({ data: { modelId: reference.id, position: 9, title: "Toimiva raportti", url: server.url("/ok") } });
    await db.organisation.update({ where: { key: "sirkusliitto" }, data: { website: server.url("/moved") } });

    const local = (await linkTargets(db)).filter((target) => target.url.startsWith(server.url("/")));
    expect(local.map((target) => target.url)).toEqual([server.url("/missing"), server.url("/moved"), server.url("/ok")]);
    await recordChecks(db, await checkLinks(local.map((target) => target.url), { allowHosts: [server.host] }));

    expect(await brokenLinks(db)).toEqual([
      {
        url: server.url("/missing"),
        outcome: "broken",
        httpStatus: 404,
        finalUrl: null,
        error: null,
        checkedAt: expect.any(Date),
        uses: [{ field: "Reference.url", owner: model("nuorisosirkus") }],
      },
    ]);
    expect(await db.linkCheck.findUniqueOrThrow({ where: { url: server.url("/moved") } })).toMatchObject({
      outcome: "redirected",
      httpStatus: 200,
      finalUrl: server.url("/ok"),
      redirects: [{ status: 301, location: server.url("/ok") }],
    });
  });

  it("keeps the newest finding per address, and lists only addresses still in use", async () => {
    const { db } = database;
    const checkedAt = new Date();
    await recordChecks(db, [
      { url: server.url("/missing"), outcome: "ok", httpStatus: 200, redirects: [], checkedAt },
      { url: "https://example.org/no-longer-linked", outcome: "broken", httpStatus: 410, redirects: [], checkedAt },
    ]);
    expect(await brokenLinks(db)).toEqual([]);
    expect(await db.linkCheck.count({ where: { url: server.url("/missing") } })).toBe(1);
  });
});

