// The link check on both databases: every external address of the fixture catalogue, found
// with its uses; addresses on a local server (never the internet) checked and recorded; the
// broken ones listed with where they are used, and only while they are in use. And the
// command: what it prints, what it records, and exit 1 only when it cannot run.
// The fixture's keys, for the spelling check: cspell:ignore arviointikeskus luovat menetelmat tukiyhdistys nuorisosirkus sirkusliitto
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createDb } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { checkLinks } from "@/links/check";
import { brokenLinks, linkTargets, recordChecks } from "@/links/targets";
import { referenceModel } from "../support/content";
import { createTestDatabase, databaseKinds, seededDatabase, type SeededDatabase, type TestDatabase } from "../support/databases";
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
    await db.reference.create({ data: { modelId: circus.id, position: 9, title: "Lost report", url: server.url("/missing") } });
    await db.reference.create({ data: { modelId: reference.id, position: 9, title: "Working report", url: server.url("/ok") } });
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

describe.each(databaseKinds())("npm run links:check (%s)", (kind) => {
  let database: TestDatabase;
  let server: LinkServer;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startLinkServer();
    await applyMigrations(database.url);
    const db = createDb(database.url, database.poolSize);
    try {
      const { id } = await db.practiceModel.create({ data: { slug: "model-with-links", sourceUrl: server.url("/moved") } });
      await db.reference.create({ data: { modelId: id, title: "Working report", url: server.url("/ok") } });
      await db.organisation.create({ data: { key: "vanished-association", name: "Vanished Association", website: server.url("/missing") } });
    } finally {
      // The embedded database serves one connection at a time: the command needs it.
      await db.$disconnect();
    }
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  const run = (settings: Record<string, string>) =>
    promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/links-check.ts"], {
      env: { ...process.env, DATABASE_URL: database.url, DATABASE_POOL_SIZE: String(database.poolSize), ...settings },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: unknown) => z.object({ code: z.number(), stdout: z.string(), stderr: z.string() }).parse(error),
    );

  it("prints each link that is not ok and a summary, records them all, and exits 0 with a broken link", async () => {
    const result = await run({ PALASET_LINK_CHECK_ALLOW_HOSTS: server.host, PALASET_PUBLIC_URL: "https://palaset.example.fi/fi" });
    expect(result).toEqual({
      code: 0,
      stdout: [
        `broken 404 ${server.url("/missing")} (Organisation.website of organisation vanished-association)`,
        `redirected 200 ${server.url("/moved")} -> ${server.url("/ok")} (PracticeModel.sourceUrl of model model-with-links)`,
        "checked 3 links: 1 ok, 1 redirected, 1 broken, 0 refused, 0 timeout, 0 error",
        "",
      ].join("\n"),
      stderr: "",
    });
    expect(new Set(server.seen.map((r) => r.userAgent))).toEqual(new Set(["Palaset link checker (+https://palaset.example.fi)"]));
    const db = createDb(database.url, database.poolSize);
    try {
      expect((await db.linkCheck.findMany({ orderBy: { url: "asc" } })).map((row) => row.outcome)).toEqual(["broken", "redirected", "ok"]);
    } finally {
      await db.$disconnect();
    }
  });

  it("refuses a malformed allowance in one line and exits 1", async () => {
    const result = await run({ PALASET_LINK_CHECK_ALLOW_HOSTS: "localhost" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"localhost" is not a host:port (such as 127.0.0.1:8080)\n  → at PALASET_LINK_CHECK_ALLOW_HOSTS');
    expect(result.stdout).toBe("");
  });
});
