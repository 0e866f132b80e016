// Evaluations as open data: the evaluations CSV (its request, its rows and columns, each filter)
// and a model's evaluations for the JSON API, on a seeded database of each kind. The fixture has
// one published evaluation (tests/fixtures/catalogue/README.md); the second half adds a
// published one whose summary looks like a formula, a withdrawn one, and drafts that must never
// show. The route handlers' headers and status codes are in tests/e2e/search.spec.ts.
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluationsCsv } from "@/app/api/evaluations/csv/table";
import { readEvaluationExportRequest, unknownValueProblems } from "@/app/api/evaluations/csv/request";
import { createCatalogue } from "@/catalogue";
import type { EvaluationExportFilter } from "@/domain/evaluation-data";
import type { Locale } from "@/domain/locale";
import { siteOrigin } from "@/public-url";
import { readEvaluationExport, readModelEvaluations } from "@/queries/evaluations";
import en from "../../messages/en.json";
import fi from "../../messages/fi.json";
import sv from "../../messages/sv.json";
import { referenceModel } from "../support/content";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";

const messages = { fi, sv, en };
const noFilter: EvaluationExportFilter = { collection: [], county: [], from: null, to: null };

/** RFC 4180, as csv-stringify writes it: quoted fields may hold commas, quotes and line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

function csvFor(rows: Awaited<ReturnType<typeof readEvaluationExport>>["rows"], locale: Locale) {
  const csv = createTranslator({ locale, messages: messages[locale], namespace: "EvaluationsCsv" });
  const evaluation = createTranslator({ locale, messages: messages[locale], namespace: "ModelPage.evaluation" });
  return evaluationsCsv(rows, locale, { csv: (key) => csv(key), evaluation: (key) => evaluation(key) });
}

describe("the evaluations CSV's parameters", () => {
  const read = (query: string) => readEvaluationExportRequest(new URLSearchParams(query));

  it("reads the language and the filters, Finnish and everything by default", () => {
    expect(read("")).toEqual({ ok: true, locale: "fi", filter: noFilter });
    expect(read("locale=sv&collection=testikokoelma&county=satakunta&county=pohjanmaa&from=2020-01-01&to=2020-12-31")).toEqual({
      ok: true,
      locale: "sv",
      filter: { collection: ["testikokoelma"], county: ["satakunta", "pohjanmaa"], from: "2020-01-01", to: "2020-12-31" },
    });
  });

  it("names every bad parameter, and refuses what it would otherwise have to guess", () => {
    const problems = (query: string) => {
      const result = read(query);
      return result.ok ? [] : result.problems;
    };
    expect(problems("locale=de")).toEqual([{ param: "locale", value: "de", message: "expected one of fi, sv, en" }]);
    expect(problems("from=2023-02-29")).toEqual([{ param: "from", value: "2023-02-29", message: "expected a date as YYYY-MM-DD" }]);
    expect(problems("to=31.12.2024")[0]).toMatchObject({ param: "to", value: "31.12.2024" });
    expect(problems("from=2024-01-01&from=2024-02-01")).toEqual([{ param: "from", value: "2024-01-01,2024-02-01", message: "give it once" }]);
    expect(problems("from=2024-06-01&to=2024-05-31")).toEqual([{ param: "to", value: "2024-05-31", message: "is before from" }]);
    expect(problems("collection=Testi Kokoelma")).toEqual([{ param: "collection", value: "Testi Kokoelma", message: "not a valid value" }]);
    expect(problems("page=2")).toEqual([{ param: "page", value: "2", message: "unknown parameter" }]);
    // `lang` filters the models API by the description's language; here it would be a guess.
    expect(problems("lang=sv")[0]?.message).toContain("`locale`");
    expect(unknownValueProblems([{ param: "county", value: "lappi" }])).toEqual([
      { param: "county", value: "lappi", message: "no wellbeing services county has this key" },
    ]);
  });
});

describe.each(databaseKinds())("evaluations as open data (%s)", (kind) => {
  let database: SeededDatabase;
  const exported = (locale: Locale, filter: Partial<EvaluationExportFilter> = {}) => readEvaluationExport(database.db, locale, { ...noFilter, ...filter });
  const slugsOf = async (filter: Partial<EvaluationExportFilter>) => (await exported("fi", filter)).rows.map((row) => row.modelSlug);

  beforeAll(async () => {
    database = await seededDatabase(kind);
  });
  afterAll(() => database?.drop());

  it("exports the fixture's one evaluation with every column, headers in the reader's language", async () => {
    const { rows, unknownValues } = await createCatalogue(database.db).listEvaluationExport("en", noFilter);
    expect(unknownValues).toEqual([]);
    const csv = csvFor(rows, "en");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      [
        "Model",
        "Address",
        "Evaluator",
        "Evaluation date",
        "Evaluation framework",
        "Framework version",
        "Next review",
        "State",
        "Withdrawn on",
        "Reason for withdrawal",
        "Participation in one’s own life",
        "Participation in communities and processes of influence",
        "A share of the common good",
        "Summary",
        "Evaluation documents",
        "Description changed since the evaluation",
      ],
      [
        "Meeting place for people with a prison background",
        `${siteOrigin()}/en/models/${referenceModel}`,
        "Sosiaalialan arviointikeskus",
        "2020-08-12",
        "THL's participation evaluation framework",
        "",
        "2027-08-12",
        "published",
        "",
        "",
        "strengthened",
        "strengthened",
        "strengthened",
        expect.stringMatching(/^The evaluation found/),
        "1",
        "no",
      ],
    ]);
    const [header] = parseCsv(csvFor(rows, "sv").slice(1));
    expect(header?.slice(0, 4)).toEqual(["Modell", "Adress", "Utvärderare", "Utvärderingsdatum"]);
  });

  it("gives a model's public evaluations with their texts in every language, and nothing for a draft or an unknown model", async () => {
    const records = await readModelEvaluations(database.db, referenceModel);
    expect(records).toEqual([
      {
        evaluator: "Sosiaalialan arviointikeskus",
        evaluatedOn: "2020-08-12",
        framework: "thl-participation",
        frameworkVersion: null,
        nextReviewOn: "2027-08-12",
        noReviewPlanned: false,
        state: "published",
        withdrawnAt: null,
        withdrawalReason: {},
        changedSinceEvaluated: false,
        summary: { fi: expect.stringMatching(/^Arvioinnin mukaan/), sv: expect.any(String), en: expect.stringMatching(/^The evaluation found/) },
        dimensions: ["own-life", "communities-and-influencing", "common-good"].map((key) => ({
          key,
          result: "strengthened",
          label: { fi: "vahvistuu", sv: "stärks", en: "strengthened" },
          finding: { fi: expect.any(String), sv: expect.any(String), en: expect.any(String) },
        })),
        documents: [
          {
            title: "Arviointiraportti: Kohtaamispaikka vankilasta vapautuville",
            language: "fi",
            publishedOn: "2020-08-12",
            sizeBytes: 830464,
            href: "https://example.org/arviointi.pdf",
            persistent: null,
            pageCount: null,
            tagged: null,
            supersededOn: null,
          },
        ],
      },
    ]);
    expect(records?.[0]?.dimensions[0]?.finding.fi).toMatch(/^Kävijät kertoivat/);
    expect(await readModelEvaluations(database.db, "tarinapiiri")).toEqual([]);
    expect(await readModelEvaluations(database.db, "luonnosmalli")).toBeNull();
    expect(await readModelEvaluations(database.db, "ei-ole-olemassa")).toBeNull();
  });

  it("filters by collection and county (the model's own counties, not where it is in use) and reports values that name nothing", async () => {
    expect(await slugsOf({ collection: ["testikokoelma"] })).toEqual([referenceModel]);
    expect(await slugsOf({ county: ["satakunta"] })).toEqual([referenceModel]);
    // The reference model is in use in Pohjanmaa, but not made for it.
    expect(await slugsOf({ county: ["pohjanmaa"] })).toEqual([]);
    expect(await exported("fi", { collection: ["ei-ole"], county: ["satakunta", "lappi"] })).toEqual({
      rows: [],
      unknownValues: [
        { param: "collection", value: "ei-ole" },
        { param: "county", value: "lappi" },
      ],
    });
  });

  it("filters by the evaluation date, both ends included", async () => {
    expect(await slugsOf({ from: "2020-08-12", to: "2020-08-12" })).toEqual([referenceModel]);
    expect(await slugsOf({ from: "2020-08-13" })).toEqual([]);
    expect(await slugsOf({ to: "2020-08-11" })).toEqual([]);
  });

  describe("with more evaluations: a formula-looking summary, a withdrawn one, drafts", () => {
    const formula = '=HYPERLINK("https://evil.example";"Avaa raportti")';

    beforeAll(async () => {
      const { db } = database;
      const organisation = await db.organisation.findFirstOrThrow({ where: { name: "Sosiaalialan arviointikeskus" } });
      await db.evaluation.create({
        data: {
          model: { connect: { slug: "tarinapiiri" } },
          evaluator: { connect: { id: organisation.id } },
          state: "PUBLISHED",
          evaluatedOn: new Date("2023-05-02"),
          frameworkVersion: "2022",
          noReviewPlanned: true,
          nextReviewOn: new Date("2030-01-01"), // ignored: no re-review is planned
          modelTextHash: "the hash of an earlier text",
          translations: { create: [{ locale: "fi", summary: formula }] },
          dimensions: { create: [{ dimension: "OWN_LIFE", result: "strengthened", translations: { create: [{ locale: "fi", finding: "*Tarinat* kantavat." }] } }] },
          documents: {
            create: [
              { position: 0, title: "Raportti", language: "fi", url: "https://example.org/tarinat.pdf" },
              { position: 1, title: "Liite", language: "en", url: "https://example.org/liite.pdf", page: 3, persistentId: "10.1234/liite" },
            ],
          },
        },
      });
      // Written in Swedish first: an English reader gets the Swedish texts.
      await db.practiceModel.update({ where: { slug: "abo-vertaisryhma" }, data: { sourceLocale: "sv" } });
      await db.evaluation.create({
        data: {
          model: { connect: { slug: "abo-vertaisryhma" } },
          state: "WITHDRAWN",
          evaluatedOn: new Date("2021-03-01"),
          withdrawnAt: new Date("2024-06-01T10:00:00Z"),
          translations: {
            create: [
              { locale: "fi", summary: "Vertaisryhmä vahvisti jäsentensä osallisuutta." },
              { locale: "sv", summary: "Kamratgruppen stärkte medlemmarnas delaktighet.", withdrawalReason: "Utvärderingen gällde en annan grupp." },
            ],
          },
        },
      });
      for (const slug of [referenceModel, "luonnosmalli"]) {
        await db.evaluation.create({
          data: { model: { connect: { slug } }, state: slug === referenceModel ? "DRAFT" : "PUBLISHED", evaluatedOn: new Date("2022-01-01"), translations: { create: [{ locale: "fi", summary: `LUONNOS ${slug}` }] } },
        });
      }
    });

    it("makes a text that looks like a formula text in a spreadsheet", async () => {
      const csv = csvFor((await exported("fi")).rows, "fi");
      expect(csv).toContain(`'${formula.replaceAll('"', '""')}`);
      expect(csv).not.toMatch(/(^|,|")=HYPERLINK/m);
    });

    it("exports published and withdrawn evaluations of published models, newest first, and never a draft", async () => {
      const { rows } = await exported("en");
      expect(rows.map((row) => [row.modelSlug, row.state])).toEqual([
        ["tarinapiiri", "published"],
        ["abo-vertaisryhma", "withdrawn"],
        [referenceModel, "published"],
      ]);
      const csv = csvFor(rows, "en");
      expect(csv).not.toContain("LUONNOS");
      const [, story, withdrawn] = parseCsv(csv.slice(1));
      // The added evaluation has a Finnish summary only, the model's source language: English readers get it.
      expect(story).toEqual([
        "Story circle",
        `${siteOrigin()}/en/models/tarinapiiri`,
        "Sosiaalialan arviointikeskus",
        "2023-05-02",
        "THL's participation evaluation framework",
        "2022",
        "none planned",
        "published",
        "",
        "",
        "strengthened",
        "not shown in the evaluation",
        "not shown in the evaluation",
        `'${formula}`,
        "2",
        "yes",
      ]);
      expect(withdrawn?.slice(0, 10)).toEqual([
        "Archipelago peer group",
        `${siteOrigin()}/en/models/abo-vertaisryhma`,
        "",
        "2021-03-01",
        "THL's participation evaluation framework",
        "",
        "",
        "withdrawn",
        "2024-06-01",
        "Utvärderingen gällde en annan grupp.",
      ]);
      expect(withdrawn?.[13]).toBe("Kamratgruppen stärkte medlemmarnas delaktighet.");
      expect((await readModelEvaluations(database.db, referenceModel))?.map((e) => e.state)).toEqual(["published"]);
    });

    it("gives a withdrawn evaluation's reason and time in the JSON, and each document through the page's mapping", async () => {
      const notShown = { fi: "ei todettu arvioinnissa", sv: "inte påvisat i utvärderingen", en: "not shown in the evaluation" };
      const [withdrawn] = (await readModelEvaluations(database.db, "abo-vertaisryhma")) ?? [];
      expect(withdrawn).toMatchObject({
        state: "withdrawn",
        withdrawnAt: "2024-06-01T10:00:00.000Z",
        withdrawalReason: { sv: "Utvärderingen gällde en annan grupp." },
        summary: { fi: expect.any(String), sv: expect.any(String) },
        dimensions: [
          { key: "own-life", result: "not-assessed", label: notShown, finding: {} },
          { key: "communities-and-influencing", result: "not-assessed", label: notShown, finding: {} },
          { key: "common-good", result: "not-assessed", label: notShown, finding: {} },
        ],
      });
      const [story] = (await readModelEvaluations(database.db, "tarinapiiri")) ?? [];
      expect(story).toMatchObject({ nextReviewOn: null, noReviewPlanned: true, changedSinceEvaluated: true, frameworkVersion: "2022" });
      expect(story?.dimensions[0]).toEqual({
        key: "own-life",
        result: "strengthened",
        label: { fi: "vahvistuu", sv: "stärks", en: "strengthened" },
        finding: { fi: "*Tarinat* kantavat." },
      });
      expect(story?.documents).toEqual([
        { title: "Raportti", language: "fi", publishedOn: null, sizeBytes: null, href: "https://example.org/tarinat.pdf", persistent: null, pageCount: null, tagged: null, supersededOn: null },
        {
          title: "Liite",
          language: "en",
          publishedOn: null,
          sizeBytes: null,
          href: "https://example.org/liite.pdf#page=3",
          persistent: { id: "10.1234/liite", href: "https://doi.org/10.1234/liite" },
          pageCount: null,
          tagged: null,
          supersededOn: null,
        },
      ]);
    });

    it("filters the added evaluations too", async () => {
      expect(await slugsOf({ collection: ["testikokoelma"] })).toEqual(["tarinapiiri", referenceModel]);
      expect(await slugsOf({ county: ["pohjanmaa"] })).toEqual(["abo-vertaisryhma"]);
      expect(await slugsOf({ from: "2021-03-01", to: "2023-05-02" })).toEqual(["tarinapiiri", "abo-vertaisryhma"]);
    });
  });
});
