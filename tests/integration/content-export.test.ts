// content:export on both databases: the shipped content/ seeded and exported is content/models
// again, byte for byte; a model changed in the database comes through an export, a seed of
// that export into an empty database and a second export unchanged; and the command says in
// one line when a slug names no model. Over the real content, as its promise is about it.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { checkModelDocument, type ModelDocument } from "@/content/document";
import { knownKeys, loadContent } from "@/content/load";
import { createDb, type Db } from "@/db/client";
import { readLiveDocument } from "@/queries/model-document";
import { readModelPage } from "@/queries/models";
import { modelWriter } from "@/store/models";
import { zero } from "@/store/upsert";
import { exportModels } from "../../scripts/lib/content-export";
import { migrateAndSeed } from "../../scripts/lib/prepare-database";
import { copyCatalogue } from "../support/content";
import { createTestDatabase, databaseKinds, seededDatabase, type TestDatabase } from "../support/databases";

const content = "content";
const slug = "vankitaustaisten-asiakassuhteen-rakennus";

/** Every file under `dir`, by its path there. */
async function filesUnder(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
  return Object.fromEntries(await Promise.all(files.sort().map(async (file) => [file, await readFile(join(dir, file), "utf8")])));
}

const outFolder = () => mkdtemp(join(tmpdir(), "palaset-export-"));

/** The model with much of what the format has to get right: quoting, line breaks, order, a language gone. */
function changed(doc: ModelDocument): ModelDocument {
  const { fi, en } = doc.texts;
  if (!fi || !en) throw new Error(`${slug} has lost a language`);
  const [first] = doc.facts.evaluations ?? [];
  const evaluationTexts = (summary: string) => [
    ...(fi.evaluations ?? []),
    { summary, findings: { "common-good": "Kaksi kappaletta.\n\n- ja lista: *kohtia*" } },
    { summary: "yes", withdrawalReason: `${summary} Peruttu: aineisto oli puutteellinen.` },
  ];
  return {
    ...doc,
    facts: {
      ...doc.facts,
      coverImage: "/images/malli.jpg",
      themes: [...(doc.facts.themes ?? []), "nature"],
      inUse: [
        { organisation: "Kunta: sosiaalipalvelut", municipality: "Pori", wellbeingServicesCounty: "satakunta", since: 2021 },
        { organisation: "Järjestö ry" },
      ],
      references: [...(doc.facts.references ?? []), { title: "2014", url: "https://example.org/#osa", publisher: "'Lainaus' & \"toinen\"" }],
      evaluations: [
        ...(first ? [{ ...first, documents: [...(first.documents ?? []), { title: "Liite # 2", language: "sv" as const, url: "https://example.org/liite.pdf" }] }] : []),
        { strengthens: ["common-good"] },
        { evaluator: "sokra", evaluatedOn: "2020-08-12", withdrawn: "2026-11-02" },
      ],
    },
    texts: {
      fi: {
        ...fi,
        name: "Uusi nimi: kaksoispiste ja #risuaita",
        coverImageAlt: "Kuva",
        evaluations: evaluationTexts("Toinen arvio."),
        sections: { ...fi.sections, tips: "Koodia:\n\n```\n## ei osio\n```\n\n### Väliotsikko\n\nLoppu." },
      },
      en: { ...en, coverImageAlt: "A picture", evaluations: evaluationTexts("A second evaluation."), sections: { "basic-idea": "Only this." } },
    },
  };
}

describe.each(databaseKinds())("content:export (%s)", (kind) => {
  // Seeded with content/, and no client kept open: the command below connects to it too.
  let database: TestDatabase;
  const withDb = async <T>(work: (db: Db) => Promise<T>): Promise<T> => {
    const db = createDb(database.url, database.poolSize);
    try {
      return await work(db);
    } finally {
      await db.$disconnect();
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await migrateAndSeed(database, content);
  });
  afterAll(() => database?.drop());

  it("writes the shipped content/models back byte for byte, and nothing else", async () => {
    const out = await outFolder();
    await withDb((db) => exportModels(db, out));
    expect(await filesUnder(join(out, "models"))).toEqual(await filesUnder(join(content, "models")));
  });

  it("keeps a changed model through an export, a seed into an empty database and a second export", async () => {
    const catalogue = await loadContent(content);
    const known = knownKeys(catalogue.taxonomies, catalogue.organisations.entries, catalogue.collections, catalogue.models.map((m) => m.slug), catalogue.frameworks.entries);
    const first = await outFolder();
    try {
      const written = await withDb(async (db) => {
        const doc = await readLiveDocument(db, slug);
        if (!doc) throw new Error(`${slug} is not in the database`);
        const checked = checkModelDocument(changed(doc), known);
        if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
        await db.$transaction(async (tx) => (await modelWriter(tx, zero()))([checked.model]));
        await exportModels(db, first);
        return readLiveDocument(db, slug);
      });
      expect(written?.texts.fi?.name).toBe("Uusi nimi: kaksoispiste ja #risuaita");
      expect(written?.facts.evaluations?.map((e) => e.evaluatedOn)).toEqual(["2020-08-12", undefined, "2020-08-12"]);
      // A withdrawn evaluation is written with when and why, and seeded back as withdrawn.
      expect(written?.facts.evaluations?.map((e) => e.withdrawn)).toEqual([undefined, undefined, "2026-11-02"]);
      expect(written?.texts.fi?.evaluations?.[2]?.withdrawalReason).toBe("Toinen arvio. Peruttu: aineisto oli puutteellinen.");
      expect(written?.facts.inUse).toEqual([
        { organisation: "Kunta: sosiaalipalvelut", municipality: "Pori", wellbeingServicesCounty: "satakunta", since: 2021 },
        { organisation: "Järjestö ry" },
      ]);
      expect(Object.keys(await filesUnder(join(first, "models", slug)))).toEqual(["en.md", "fi.md", "index.yaml"]);

      const folder = await copyCatalogue(content);
      await rm(join(folder, "models"), { recursive: true });
      await cp(join(first, "models"), join(folder, "models"), { recursive: true });
      const empty = await seededDatabase(kind, folder);
      try {
        const second = await outFolder();
        await exportModels(empty.db, second);
        expect(await filesUnder(second)).toEqual(await filesUnder(first));
        expect(await readLiveDocument(empty.db, slug)).toEqual(written);
        const page = await readModelPage(empty.db, "en", slug);
        expect(page?.evaluations[2]?.withdrawn).toMatchObject({ on: new Date("2026-11-02"), reason: { locale: "en", text: "A second evaluation. Peruttu: aineisto oli puutteellinen." } });
      } finally {
        await empty.drop();
      }
    } finally {
      await migrateAndSeed(database, content); // back to content/ as it is
    }
  });

  it("writes only the models named, and refuses a slug that names none in one line", async () => {
    const run = (out: string, slugs: string[]) =>
      promisify(execFile)(
        process.execPath,
        ["--import", "tsx", "scripts/content-export.ts", "--out", out, ...slugs.flatMap((s) => ["--slug", s])],
        // The embedded database serves one connection at a time: a larger pool would wait on itself.
        { env: { ...process.env, DATABASE_URL: database.url, DATABASE_POOL_SIZE: String(database.poolSize) } },
      ).then(
        ({ stdout }) => ({ exitCode: 0, stdout, stderr: "" }),
        (error: unknown) => ({ ...z.object({ code: z.number(), stderr: z.string() }).parse(error), stdout: "" }),
      );
    const out = await outFolder();
    expect(await run(out, [slug, "no-such-model"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "content:export: no model with the slug no-such-model in the database; nothing was written\n",
    });
    expect(await readdir(out)).toEqual([]);
    expect(await run(out, [slug])).toMatchObject({ exitCode: 0, stdout: `wrote 1 model folder(s) to ${join(out, "models")}\n` });
    expect(await filesUnder(out)).toEqual(
      Object.fromEntries(Object.entries(await filesUnder(join(content, "models", slug))).map(([file, text]) => [join("models", slug, file), text])),
    );
  });
});
