// The coordinators' evaluation workflow on both databases: a draft stays off the public page,
// the model's own people read and comment on it, a stale or racing save is refused, publishing
// needs the summary in every live language and records the model text it evaluated, a new
// model text flags it, and a withdrawal keeps it on the page with its reason.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotAllowedError } from "@/auth/people-admin";
import type { Viewer } from "@/auth/permissions";
import { createUser } from "@/auth/users";
import type { EvaluationDraftDocument } from "@/content/document";
import {
  addComment,
  createEvaluation,
  listEvaluations,
  openEvaluation,
  publishEvaluation,
  saveEvaluationDraft,
  StaleEvaluationError,
  withdrawEvaluation,
} from "@/editorial/evaluations";
import { InvalidDocumentError, openModel, publish, saveDraft, submitForReview } from "@/editorial/models";
import { readModelPage } from "@/queries/models";
import { seedFolder } from "@/store/seed";
import { fixtureCatalogue, referenceModel } from "../support/content";
import { databaseKinds, seededDatabase, type SeededDatabase } from "../support/databases";
import { viewerOf as viewerOfAccount } from "../support/viewers";

const password = "oikein-pitkä-salasana";

const evaluation = (summaries: Partial<Record<"fi" | "sv" | "en", string>>): EvaluationDraftDocument => ({
  facts: { evaluator: "arviointikeskus", evaluatedOn: "2026-10-01", frameworkVersion: "2021", nextReviewOn: "2029-10-01", strengthens: ["common-good"], documents: [] },
  texts: Object.fromEntries(
    Object.entries(summaries).map(([locale, summary]) => [locale, { summary, findings: { "common-good": `${summary} (yhteinen hyvä)` } }]),
  ),
});

describe.each(databaseKinds())("evaluation workflow (%s)", (kind) => {
  let database: SeededDatabase;
  let coordinator: Viewer;
  let editor: Viewer;
  let publisher: Viewer;
  let outsider: Viewer;
  let modelId: string;

  beforeAll(async () => {
    database = await seededDatabase(kind);
    const users = [
      { email: "coord@example.fi", name: "Koordinaattori", nationalRole: "COORDINATOR" as const },
      { email: "ed@example.fi", name: "Editori", memberships: [{ organisationKey: "porin-tukiyhdistys", role: "EDITOR" as const }] },
      { email: "pub@example.fi", name: "Julkaisija", memberships: [{ organisationKey: "porin-tukiyhdistys", role: "PUBLISHER" as const }] },
      { email: "out@example.fi", name: "Ulkopuolinen", memberships: [{ organisationKey: "sirkusliitto", role: "PUBLISHER" as const }] },
    ];
    for (const user of users) await createUser(database.db, { ...user, password });
    coordinator = await viewerOfAccount(database.db, "coord@example.fi");
    editor = await viewerOfAccount(database.db, "ed@example.fi");
    publisher = await viewerOfAccount(database.db, "pub@example.fi");
    outsider = await viewerOfAccount(database.db, "out@example.fi");
    modelId = (await database.db.practiceModel.findUniqueOrThrow({ where: { slug: referenceModel } })).id;
  });
  afterAll(() => database?.drop());

  const evaluationsOnPage = async (locale: "fi" | "sv" | "en" = "fi") => (await readModelPage(database.db, locale, referenceModel))?.evaluations ?? [];
  const facetKeys = async () => (await database.db.practiceModel.findUniqueOrThrow({ where: { id: modelId } })).facetKeys;

  it("keeps a draft off the page; the model's people read and comment on it, others may not", async () => {
    const before = await evaluationsOnPage();
    await expect(createEvaluation(database.db, editor, modelId, evaluation({ fi: "x" }))).rejects.toBeInstanceOf(NotAllowedError);
    const id = await createEvaluation(database.db, coordinator, modelId, evaluation({ fi: "Malli vahvistaa yhteistä hyvää." }));
    expect(await evaluationsOnPage()).toEqual(before);

    const opened = await openEvaluation(database.db, editor, id);
    expect(opened?.evaluation).toMatchObject({ state: "DRAFT", liveState: "DRAFT", revision: 1 });
    await addComment(database.db, editor, { modelId, evaluationId: id }, "Kävijämäärät ovat vuodelta 2025.");
    expect((await openEvaluation(database.db, coordinator, id))?.comments).toMatchObject([{ authorName: "Editori", body: "Kävijämäärät ovat vuodelta 2025." }]);
    await expect(openEvaluation(database.db, outsider, id)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(addComment(database.db, outsider, { modelId, evaluationId: id }, "Hei")).rejects.toBeInstanceOf(NotAllowedError);
    await expect(saveEvaluationDraft(database.db, editor, { id, baseRevision: 1 }, evaluation({ fi: "x" }))).rejects.toBeInstanceOf(NotAllowedError);
    await expect(publishEvaluation(database.db, publisher, { id, baseRevision: 1 })).rejects.toBeInstanceOf(NotAllowedError);
    // Working in the working area makes the model "changed since its last seed": a seed keeps it.
    expect((await database.db.practiceModel.findUniqueOrThrow({ where: { id: modelId } })).origin).toBe("EDITOR");
    const seeded = await seedFolder(database.db, fixtureCatalogue, { force: false });
    expect(await database.db.evaluation.count({ where: { id } })).toBe(1);
    expect(seeded.models.conflicts).toEqual([]);
  });

  it("refuses a save from an old revision, and one of two racing saves", async () => {
    const id = await createEvaluation(database.db, coordinator, modelId, evaluation({ fi: "Ensimmäinen." }));
    expect(await saveEvaluationDraft(database.db, coordinator, { id, baseRevision: 1 }, evaluation({ fi: "Toinen." }))).toEqual({ revision: 2 });
    await expect(saveEvaluationDraft(database.db, coordinator, { id, baseRevision: 1 }, evaluation({ fi: "Vanha." }))).rejects.toBeInstanceOf(StaleEvaluationError);
    const racing = await Promise.allSettled([
      saveEvaluationDraft(database.db, coordinator, { id, baseRevision: 2 }, evaluation({ fi: "Kolmas A." })),
      saveEvaluationDraft(database.db, coordinator, { id, baseRevision: 2 }, evaluation({ fi: "Kolmas B." })),
    ]);
    expect(racing.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(racing.find((r) => r.status === "rejected")?.reason).toBeInstanceOf(StaleEvaluationError);
    expect(await database.db.evaluationRevision.count({ where: { evaluationId: id } })).toBe(3);
    // Saving the same again makes no revision.
    const same = (await openEvaluation(database.db, coordinator, id))!.evaluation;
    expect(await saveEvaluationDraft(database.db, coordinator, { id, baseRevision: 3 }, same.draft)).toEqual({ revision: 3 });
  });

  it("publishes with a summary in every live language, and flags it when the model text changes", async () => {
    const id = await createEvaluation(database.db, coordinator, modelId, evaluation({ fi: "Yhteinen hyvä vahvistui." }));
    const refused = await publishEvaluation(database.db, coordinator, { id, baseRevision: 1 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidDocumentError);
    expect((refused as InvalidDocumentError).issues).toContainEqual(expect.objectContaining({ locale: "sv", path: ["summary"] }));

    const complete = evaluation({ fi: "Yhteinen hyvä vahvistui.", sv: "Det gemensamma goda stärktes.", en: "The common good was strengthened." });
    await saveEvaluationDraft(database.db, coordinator, { id, baseRevision: 1 }, complete);
    await publishEvaluation(database.db, coordinator, { id, baseRevision: 2 });
    const shown = (await evaluationsOnPage("sv")).find((e) => e.summary?.text === "Det gemensamma goda stärktes.");
    expect(shown).toMatchObject({ evaluator: expect.any(String), changedSinceEvaluated: false, withdrawn: null, noReviewPlanned: false });
    expect(shown?.dimensions.find((d) => d.key === "common-good")).toMatchObject({ strengthened: true, finding: { locale: "sv" } });
    expect(await facetKeys()).toContain("dimension:common-good");
    expect(await database.db.auditEntry.count({ where: { action: "evaluation-published", subjectId: id } })).toBe(1);

    // The model's publisher changes the description: the evaluation is now of an earlier text.
    const model = (await openModel(database.db, publisher, modelId))!;
    const changed = structuredClone(model.document);
    changed.texts.fi!.sections["basic-idea"] = `${changed.texts.fi!.sections["basic-idea"]}\n\nUusi kappale toiminnasta.`;
    let at = { id: modelId, baseVersion: model.version };
    await saveDraft(database.db, publisher, at, changed);
    at = { id: modelId, baseVersion: (await openModel(database.db, publisher, modelId))!.version };
    await submitForReview(database.db, publisher, at);
    at = { id: modelId, baseVersion: (await openModel(database.db, publisher, modelId))!.version };
    // The organisation's only publisher wrote the change: no second reviewer, so a reason.
    await publish(database.db, publisher, at, { locales: ["fi"], changeNotes: { fi: "Perusajatusta täydennettiin." }, unreviewedReason: "Organisaatiossa ei ole toista julkaisijaa." });
    const after = (await evaluationsOnPage()).find((e) => e.summary?.text === "Yhteinen hyvä vahvistui.");
    expect(after?.changedSinceEvaluated).toBe(true);
    // The model's publish kept every evaluation, the one from its content file too, and the filter values they give.
    expect(await database.db.evaluation.count({ where: { modelId, state: "PUBLISHED" } })).toBe(2);
    expect(await facetKeys()).toEqual(expect.arrayContaining(["evaluated:yes", "dimension:common-good"]));
    expect((await listEvaluations(database.db, coordinator)).find((e) => e.id === id)).toMatchObject({ changedSinceEvaluated: true, liveState: "PUBLISHED" });

    // Published again, it evaluates the new text.
    await publishEvaluation(database.db, coordinator, { id, baseRevision: 3 });
    expect((await evaluationsOnPage()).find((e) => e.summary?.text === "Yhteinen hyvä vahvistui.")?.changedSinceEvaluated).toBe(false);
  });

  it("withdraws with a public reason, and the page says when and why", async () => {
    const circus = (await database.db.practiceModel.findUniqueOrThrow({ where: { slug: "nuorisosirkus" } })).id;
    const circusFacets = async () => (await database.db.practiceModel.findUniqueOrThrow({ where: { id: circus } })).facetKeys;
    const circusEvaluations = async (locale: "fi" | "sv" | "en") => (await readModelPage(database.db, locale, "nuorisosirkus"))?.evaluations ?? [];
    const id = await createEvaluation(database.db, coordinator, circus, evaluation({ fi: "Peruttava arvio.", sv: "Utvärdering.", en: "Evaluation." }));
    await expect(withdrawEvaluation(database.db, coordinator, { id, baseRevision: 1 }, { fi: "Syy" })).rejects.toThrow(/withdraw/);
    await publishEvaluation(database.db, coordinator, { id, baseRevision: 1 });
    expect(await circusFacets()).toEqual(expect.arrayContaining(["evaluated:yes", "dimension:common-good"]));
    await expect(withdrawEvaluation(database.db, coordinator, { id, baseRevision: 2 }, { sv: "Bara svenska" })).rejects.toBeInstanceOf(InvalidDocumentError);
    await withdrawEvaluation(database.db, coordinator, { id, baseRevision: 2 }, { fi: "Arvioinnin aineisto osoittautui puutteelliseksi.", en: "The data proved incomplete." });
    expect((await circusEvaluations("en"))[0]?.withdrawn).toMatchObject({ on: expect.any(Date), reason: { locale: "en", text: "The data proved incomplete." } });
    expect((await circusEvaluations("sv"))[0]?.withdrawn?.reason).toEqual({ locale: "fi", text: "Arvioinnin aineisto osoittautui puutteelliseksi." });
    // A withdrawn evaluation no longer makes the model "evaluated" in the filters.
    expect((await circusFacets()).filter((key) => key.startsWith("evaluated:") || key.startsWith("dimension:"))).toEqual([]);
    expect(await database.db.auditEntry.count({ where: { action: "evaluation-withdrawn", subjectId: id } })).toBe(1);
  });

  it("keeps the filter values of an evaluation published here when a changed content file is seeded over its model", async () => {
    const folder = mkdtempSync(join(tmpdir(), "palaset-evaluation-seed-"));
    try {
      cpSync(fixtureCatalogue, folder, { recursive: true });
      const circus = (await database.db.practiceModel.findUniqueOrThrow({ where: { slug: "nuorisosirkus" } })).id;
      const id = await createEvaluation(database.db, coordinator, circus, evaluation({ fi: "Sirkus vahvisti.", sv: "Cirkusen stärkte.", en: "The circus strengthened." }));
      await publishEvaluation(database.db, coordinator, { id, baseRevision: 1 });
      appendFileSync(join(folder, "models", "nuorisosirkus", "fi.md"), "\nUusi kappale sisältötiedostosta.\n");

      const seeded = await seedFolder(database.db, folder, { force: true });
      expect(seeded.models.updated).toBeGreaterThan(0);
      expect(await database.db.evaluation.count({ where: { id, state: "PUBLISHED" } })).toBe(1);
      const facets = (await database.db.practiceModel.findUniqueOrThrow({ where: { id: circus } })).facetKeys;
      expect(facets).toEqual(expect.arrayContaining(["evaluated:yes", "dimension:common-good"]));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
