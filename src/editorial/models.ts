// The editorial workflow of model descriptions (DESIGN.md, "The editorial model"): every save
// is a revision with a full snapshot; the live rows change only when a publisher publishes.
// Each function asks the permission map itself, compares the version the editor started from
// inside its transaction (no lost updates), and writes its audit entry in that transaction.
import { finnishToday } from "@/domain/finnish-time";
import { randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { audit } from "@/auth/audit";
import { NotAllowedError } from "@/auth/people-admin";
import { may, organisationsWhere, type Action, type Viewer } from "@/auth/permissions";
import { checkModelDocument, type DocumentIssue, type ModelDocument } from "@/content/document";
import type { Db } from "@/db/client";
import { locales, presentTexts, type Locale } from "@/domain/locale";
import { Prisma, type PublicationState } from "@/generated/prisma/client";
import { readKnownKeys } from "./known-keys";
import { readLiveDocument } from "@/queries/model-document";
import { writeEditorModel } from "@/store/models";
import { laggingFields, nextChangedIn, pendingLocales, type ChangedIn, type PublishedIn } from "./changes";
import { suggestSlug } from "./form";
import { recordUnreviewed, reviewNeed, SecondReviewerError } from "./unreviewed";
import { notify } from "@/notifications/notify";

type Tx = Prisma.TransactionClient;

/** The model changed since the editor opened it: their save is refused, with what is there now. */
export class StaleSaveError extends Error {
  readonly code = "STALE";
  constructor(readonly current: EditorModel) {
    super("Someone else saved this model after you opened it.");
    this.name = "StaleSaveError";
  }
}

/** The document has problems that block this step (a draft saves with them; a review does not). */
export class InvalidDocumentError extends Error {
  readonly code = "INVALID";
  constructor(readonly issues: DocumentIssue[]) {
    super("The description has problems.");
    this.name = "InvalidDocumentError";
  }
}

/** The step does not apply to the model in its present state (publishing a draft not reviewed…). */
export class WrongStateError extends Error {
  readonly code = "WRONG_STATE";
  constructor(step: string, state: string) {
    super(`Cannot ${step} a model in state ${state}.`);
    this.name = "WrongStateError";
  }
}

/** A model as its editors see it: the newest revision (or the live text, before any). */
export type EditorModel = {
  id: string;
  /** The live address; null when never published. */
  liveSlug: string | null;
  liveState: PublicationState;
  /** The newest revision's state; the live state when there is none. */
  state: PublicationState;
  version: number;
  revision: number;
  sourceLocale: Locale;
  document: ModelDocument;
  changedIn: ChangedIn;
  publishedIn: PublishedIn;
  lagging: Partial<Record<Locale, string[]>>;
  pending: Locale[];
  liveLocales: Locale[];
  organisationIds: string[];
  /** Every problem of the newest revision, in any language (shown beside the fields). */
  issues: DocumentIssue[];
};

function allow(viewer: Viewer, action: Action, organisationIds: string[]) {
  if (!may(viewer, action, { organisationIds })) throw new NotAllowedError();
}

/**
 * The model's own text: its evaluations are the coordinators', with revisions of their own
 * (./evaluations.ts), and publishing the model leaves them as they are.
 */
function withoutEvaluations(document: ModelDocument): ModelDocument {
  const texts = Object.fromEntries(
    presentTexts(document.texts).map(([locale, text]) => {
      const own = { ...text };
      delete own.evaluations;
      return [locale, own];
    }),
  );
  return { ...document, facts: { ...document.facts, evaluations: [] }, texts };
}

/** Reads a model's editorial view inside `tx`; null when there is no such model. */
export async function readEditorModel(tx: Tx, id: string): Promise<EditorModel | null> {
  const row = await tx.practiceModel.findUnique({
    where: { id },
    include: { developers: { select: { organisationId: true } }, translations: { select: { locale: true } } },
  });
  if (!row) return null;
  const head =
    row.headRevision > 0
      ? await tx.modelRevision.findUnique({ where: { modelId_number: { modelId: id, number: row.headRevision } } })
      : null;
  const found = (head?.snapshot as ModelDocument | null) ?? (await readLiveDocument(tx, row.slug));
  if (!found) return null;
  const document = withoutEvaluations(found);
  const changedIn = (head?.changedIn as ChangedIn | undefined) ?? nextChangedIn(null, document, 0);
  const liveLocales = row.translations.map((t) => t.locale);
  const publishedIn = (head?.publishedIn as PublishedIn | undefined) ??
    (row.state === "PUBLISHED" ? Object.fromEntries(liveLocales.map((l) => [l, 0])) : {});
  const check = checkModelDocument(document, await readKnownKeys(tx));
  return {
    id,
    liveSlug: row.state === "DRAFT" && liveLocales.length === 0 ? null : row.slug,
    liveState: row.state,
    state: row.editorialState ?? row.state,
    version: row.version,
    revision: row.headRevision,
    sourceLocale: document.facts.sourceLanguage ?? row.sourceLocale,
    document,
    changedIn,
    publishedIn,
    lagging: laggingFields(changedIn, document, row.sourceLocale),
    pending: pendingLocales(changedIn, publishedIn),
    liveLocales,
    organisationIds: row.developers.map((d) => d.organisationId),
    issues: check.ok ? [] : check.issues,
  };
}

/**
 * The document with its facts and only the texts of `languages` (the source language always),
 * checked: a translation still being written does not hold back the others.
 */
async function checkLanguages(tx: Tx, model: EditorModel, languages: Locale[], texts = model.document.texts) {
  const chosen = locales.filter((l) => (l === model.sourceLocale || languages.includes(l)) && texts[l]);
  const document = { ...model.document, texts: Object.fromEntries(chosen.map((l) => [l, texts[l]])) };
  return checkModelDocument(document, await readKnownKeys(tx));
}

/** The newest revision as the store would write it in `language` (with the source), or its problems. */
export async function draftInLanguage(db: Db, viewer: Viewer, id: string, language: Locale) {
  const draft = await readDraftInLanguage(db, id, language);
  if (draft) allow(viewer, "model.read-drafts", draft.model.organisationIds);
  return draft;
}

/** The newest revision checked in one language, for whoever the caller has let read it (a preview link). */
export async function readDraftInLanguage(db: Db, id: string, language: Locale) {
  return db.$transaction(async (tx) => {
    const model = await readEditorModel(tx, id);
    return model ? { model, check: await checkLanguages(tx, model, [language]) } : null;
  });
}

/** A model for its editors; NotAllowedError for anyone outside its organisations. */
export async function openModel(db: Db, viewer: Viewer, id: string): Promise<EditorModel | null> {
  const model = await db.$transaction((tx) => readEditorModel(tx, id));
  if (model) allow(viewer, "model.read-drafts", model.organisationIds);
  return model;
}

export type Step = { id: string; baseVersion: number };

/**
 * Runs one step on model `id` in a transaction: checks the version the viewer started from
 * and moves it on, then lets `act` write. A stale base throws StaleSaveError.
 */
async function step<T>(db: Db | Tx, viewer: Viewer, action: Action, { id, baseVersion }: Step, act: (tx: Tx, model: EditorModel) => Promise<T>) {
  // Inside a caller's transaction (a scheduled publish: src/editorial/schedule.ts), the step
  // is part of it and the caller hears of a stale base.
  if (!("$transaction" in db)) return stepIn(db, viewer, action, { id, baseVersion }, act);
  try {
    return await db.$transaction((tx) => stepIn(tx, viewer, action, { id, baseVersion }, act));
  } catch (error) {
    // The transaction is rolled back; the current text is read anew for the conflict view.
    if (error instanceof StaleSaveError) {
      const current = await db.$transaction((tx) => readEditorModel(tx, id));
      if (current) throw new StaleSaveError(current);
    }
    throw error;
  }
}

async function stepIn<T>(tx: Tx, viewer: Viewer, action: Action, { id, baseVersion }: Step, act: (tx: Tx, model: EditorModel) => Promise<T>) {
  const model = await readEditorModel(tx, id);
  if (!model) throw new NotAllowedError();
  allow(viewer, action, model.organisationIds);
  const moved = await tx.practiceModel.updateMany({ where: { id, version: baseVersion }, data: { version: { increment: 1 } } });
  if (moved.count === 0) throw new StaleSaveError(model);
  return act(tx, { ...model, version: baseVersion + 1 });
}

type NewRevision = {
  state: PublicationState;
  document: ModelDocument;
  note?: string | null;
  publishedIn?: PublishedIn;
  publishedLocales?: Locale[];
  minorChange?: boolean;
};

/** Writes the next revision of `model` and makes it the newest. */
async function addRevision(tx: Tx, viewer: Viewer, model: EditorModel, next: NewRevision) {
  const number = model.revision + 1;
  const changedIn = nextChangedIn({ document: model.document, changedIn: model.changedIn }, next.document, number);
  await tx.modelRevision.create({
    data: {
      modelId: model.id,
      number,
      baseNumber: model.revision || null,
      state: next.state,
      snapshot: next.document as Prisma.InputJsonValue,
      changedIn,
      publishedIn: next.publishedIn ?? model.publishedIn,
      note: next.note ?? null,
      publishedLocales: next.publishedLocales ?? [],
      minorChange: next.minorChange ?? false,
      authorId: viewer.id,
      authorName: viewer.name,
    },
  });
  await tx.practiceModel.update({ where: { id: model.id }, data: { headRevision: number, editorialState: next.state } });
  return number;
}

/** The organisation ids of a document's developers. */
async function developerIds(tx: Tx, document: ModelDocument): Promise<string[]> {
  const keys = document.facts.developers ?? [];
  const rows = await tx.organisation.findMany({ where: { key: { in: keys } }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Problems a save must not get past: an address that is not free, a model given away. */
async function blockingIssues(tx: Tx, viewer: Viewer, id: string | null, document: ModelDocument): Promise<DocumentIssue[]> {
  const issues: DocumentIssue[] = [];
  const taken = await tx.practiceModel.findFirst({ where: { slug: document.slug, ...(id ? { id: { not: id } } : {}) }, select: { id: true } });
  const redirect = await tx.modelSlugRedirect.findFirst({ where: { slug: document.slug, ...(id ? { modelId: { not: id } } : {}) } });
  if (taken || redirect) issues.push({ path: ["slug"], message: "slugTaken" });
  const editable = organisationsWhere(viewer, "model.edit");
  if (editable !== "all") {
    const owners = await developerIds(tx, document);
    if (!owners.some((o) => editable.includes(o))) issues.push({ path: ["developers"], message: "keepOwnOrganisation" });
  }
  return issues;
}

/** `slug`, or `slug-2`, `slug-3`… whichever no model or old address has yet. */
async function freeSlug(tx: Tx, slug: string): Promise<string> {
  if (!slug) return slug;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? slug : `${slug}-${n}`;
    const taken = (await tx.practiceModel.count({ where: { slug: candidate } })) + (await tx.modelSlugRedirect.count({ where: { slug: candidate } }));
    if (taken === 0) return candidate;
  }
}

/** Creates a model from its first draft (an empty slug is made from the name); the viewer's organisation must be among its developers. */
export async function createModel(db: Db, viewer: Viewer, given: ModelDocument, sourceLocale: Locale, note?: string): Promise<string> {
  if (!may(viewer, "model.edit")) throw new NotAllowedError();
  return db.$transaction(async (tx) => {
    const document = given.slug ? given : { ...given, slug: await freeSlug(tx, suggestSlug(given.texts[sourceLocale]?.name ?? "")) };
    const blocking = await blockingIssues(tx, viewer, null, document);
    // A model needs its name (in the source language) and an address from the start.
    if (!document.texts[sourceLocale]?.name?.trim()) blocking.push({ locale: sourceLocale, path: ["name"], message: "must not be empty" });
    else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(document.slug)) blocking.push({ path: ["slug"], message: "slugInvalid" });
    if (blocking.length > 0) throw new InvalidDocumentError(blocking);
    const id = randomUUID();
    const owners = await developerIds(tx, document);
    await tx.practiceModel.create({
      data: { id, slug: document.slug, state: "DRAFT", origin: "EDITOR", sourceLocale, developers: { create: owners.map((organisationId, position) => ({ organisationId, position })) } },
    });
    const model = await readEditorModel(tx, id);
    if (!model) throw new Error("the new model vanished");
    await addRevision(tx, viewer, { ...model, document: { slug: document.slug, facts: {}, texts: {} }, changedIn: {} }, { state: "DRAFT", document, note });
    await audit(tx, { action: "model-created", actor: viewer, organisationId: owners[0] ?? null, subject: { type: "model", id }, details: { slug: document.slug } });
    return id;
  });
}

/**
 * Saves a draft. It is kept even with problems (they are returned, to show beside the fields),
 * so that nothing typed is lost; only a taken address or giving the model away blocks it.
 */
export async function saveDraft(db: Db, viewer: Viewer, at: Step, document: ModelDocument, note?: string) {
  return step(db, viewer, "model.edit", at, async (tx, model) => {
    const blocking = await blockingIssues(tx, viewer, model.id, document);
    if (blocking.length > 0) throw new InvalidDocumentError(blocking);
    // Saving what is there already makes no revision (and does not turn a published model into a draft).
    if (!note && model.revision > 0 && isDeepStrictEqual(JSON.parse(JSON.stringify(document)), model.document)) return { version: model.version, revision: model.revision };
    const state = model.state === "IN_REVIEW" ? "IN_REVIEW" : "DRAFT";
    const revision = await addRevision(tx, viewer, model, { state, document, note });
    await notify(tx, { kind: "edited-by-other", modelId: model.id, actor: viewer });
    // A model never published keeps its address reserved as its draft's slug.
    if (model.liveSlug === null && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(document.slug)) {
      await tx.practiceModel.update({ where: { id: model.id }, data: { slug: document.slug } });
    }
    return { version: model.version, revision };
  });
}


/** An editor sends the draft for review: a draft, or a published model with text not yet live. */
export async function submitForReview(db: Db, viewer: Viewer, at: Step) {
  return step(db, viewer, "model.edit", at, async (tx, model) => {
    if (!(model.state === "DRAFT" || (model.state === "PUBLISHED" && model.pending.length > 0))) {
      throw new WrongStateError("submit", model.state);
    }
    // The facts and the source text must be ready; a translation may follow later.
    const check = await checkLanguages(tx, model, []);
    if (!check.ok) throw new InvalidDocumentError(check.issues);
    const revision = await addRevision(tx, viewer, model, { state: "IN_REVIEW", document: model.document });
    await audit(tx, { action: "model-submitted", actor: viewer, organisationId: model.organisationIds[0], subject: { type: "model", id: model.id }, details: { revision } });
    await notify(tx, { kind: "review-requested", modelId: model.id, actor: viewer });
    return { version: model.version, revision };
  });
}

/** A publisher returns a draft in review to its editors, with a note saying what to fix. */
export async function returnToDraft(db: Db, viewer: Viewer, at: Step, note: string) {
  return step(db, viewer, "model.publish", at, async (tx, model) => {
    if (model.state !== "IN_REVIEW") throw new WrongStateError("return", model.state);
    const revision = await addRevision(tx, viewer, model, { state: "DRAFT", document: model.document, note });
    await audit(tx, { action: "model-returned", actor: viewer, organisationId: model.organisationIds[0], subject: { type: "model", id: model.id }, details: { revision, note } });
    await notify(tx, { kind: "returned", modelId: model.id, actor: viewer, note });
    return { version: model.version, revision };
  });
}

export type Publication = {
  locales: Locale[];
  /** "What changed", per published language; absent for a minor change. */
  changeNotes: Partial<Record<Locale, string>> | null;
  /** Why the publisher publishes their own text without a second reviewer (./unreviewed.ts). */
  unreviewedReason?: string;
};

/**
 * Whether `viewer` may publish the model's newest revision now: four eyes, or a reason when
 * the organisation has no one else (./unreviewed.ts). Returns whether it goes unreviewed.
 */
export async function checkReview(tx: Tx, viewer: Viewer, model: EditorModel, publication: Publication): Promise<boolean> {
  const need = await reviewNeed(tx, viewer, model);
  if (need === "needs-another") throw new SecondReviewerError("anotherPublisher");
  if (need === "alone" && !publication.unreviewedReason?.trim()) throw new SecondReviewerError("reasonMissing");
  // A reviewed text is in review; a text published alone may also be a draft its author never sent.
  if (!(model.state === "IN_REVIEW" || (need === "alone" && model.state === "DRAFT"))) throw new WrongStateError("publish", model.state);
  return need === "alone";
}

/** Today in Finland, as YYYY-MM-DD: the catalogue's dates are Finnish dates. */

/**
 * A publisher publishes the reviewed revision, in the languages chosen: the live rows get its
 * facts and the texts of those languages; the others keep their live text. A changed slug
 * leaves the old address redirecting. A minor change keeps the "last modified" date.
 */
export async function publish(db: Db | Tx, viewer: Viewer, at: Step, publication: Publication) {
  return step(db, viewer, "model.publish", at, async (tx, model) => {
    const alone = await checkReview(tx, viewer, model, publication);
    const chosen = locales.filter((l) => publication.locales.includes(l) && model.document.texts[l]);
    const live = model.liveSlug ? await readLiveDocument(tx, model.liveSlug) : null;
    const texts = { ...(model.liveState === "PUBLISHED" && live ? withoutEvaluations(live).texts : {}) };
    for (const locale of chosen) texts[locale] = model.document.texts[locale];
    if (chosen.length === 0 || !texts[model.sourceLocale]) {
      throw new InvalidDocumentError([{ locale: model.sourceLocale, path: ["locales"], message: "publishSourceFirst" }]);
    }
    const minor = publication.changeNotes === null;
    const facts = { ...model.document.facts, state: "published" as const, ...(minor ? {} : { lastModifiedOn: finnishToday() }) };
    const document: ModelDocument = { ...model.document, facts };
    const check = checkModelDocument({ ...document, texts }, await readKnownKeys(tx));
    // Only what goes live is checked: the chosen languages over the live ones.
    if (!check.ok) throw new InvalidDocumentError(check.issues);
    if (model.liveSlug && model.liveSlug !== document.slug) {
      await tx.modelSlugRedirect.deleteMany({ where: { slug: document.slug } });
      await tx.modelSlugRedirect.create({ data: { slug: model.liveSlug, modelId: model.id } });
    }
    await writeEditorModel(tx, model.id, check.model);
    if (!minor) {
      const notes = chosen.flatMap((locale) => {
        const note = publication.changeNotes?.[locale]?.trim();
        return note ? [{ modelId: model.id, locale, note }] : [];
      });
      await tx.modelChangeNote.createMany({ data: notes });
    }
    const publishedIn = { ...(model.liveState === "PUBLISHED" ? model.publishedIn : {}), ...Object.fromEntries(chosen.map((l) => [l, model.revision + 1])) };
    const revision = await addRevision(tx, viewer, model, { state: "PUBLISHED", document, publishedIn, publishedLocales: chosen, minorChange: minor });
    await audit(tx, {
      action: "model-published",
      actor: viewer,
      organisationId: model.organisationIds[0],
      subject: { type: "model", id: model.id },
      details: { revision, slug: document.slug, locales: chosen, minor, ...(alone ? { unreviewedReason: publication.unreviewedReason?.trim() } : {}) },
    });
    if (alone) await recordUnreviewed(tx, viewer, model.id, revision, publication.unreviewedReason?.trim() ?? "");
    await notify(tx, { kind: "published", modelId: model.id, actor: viewer });
    return { version: model.version + 1, revision };
  });
}

/** A publisher takes a live model off the public catalogue: back to draft, or archived (it can be revived as a new draft). */
export async function withdraw(db: Db | Tx, viewer: Viewer, at: Step, to: "DRAFT" | "ARCHIVED", note?: string) {
  return step(db, viewer, "model.publish", at, async (tx, model) => {
    if (model.liveState !== "PUBLISHED") throw new WrongStateError(to === "DRAFT" ? "unpublish" : "archive", model.liveState);
    await tx.practiceModel.update({ where: { id: model.id }, data: { state: to, updatedAt: new Date() } });
    const revision = await addRevision(tx, viewer, model, { state: to, document: model.document, note, publishedIn: {} });
    await audit(tx, {
      action: to === "DRAFT" ? "model-unpublished" : "model-archived",
      actor: viewer,
      organisationId: model.organisationIds[0],
      subject: { type: "model", id: model.id },
      details: { revision, note: note ?? null },
    });
    return { version: model.version, revision };
  });
}

/** Makes a new draft from an old revision's snapshot. */
export async function restoreRevision(db: Db, viewer: Viewer, at: Step, number: number) {
  return step(db, viewer, "model.edit", at, async (tx, model) => {
    const old = await tx.modelRevision.findUnique({ where: { modelId_number: { modelId: model.id, number } } });
    if (!old?.snapshot) throw new WrongStateError("restore", old ? "purged" : "missing");
    const document = old.snapshot as ModelDocument;
    const blocking = await blockingIssues(tx, viewer, model.id, document);
    if (blocking.length > 0) throw new InvalidDocumentError(blocking);
    const revision = await addRevision(tx, viewer, model, { state: "DRAFT", document, note: `restore:${number}` });
    await audit(tx, { action: "model-restored", actor: viewer, organisationId: model.organisationIds[0], subject: { type: "model", id: model.id }, details: { revision, from: number } });
    return { version: model.version, revision };
  });
}

/** An admin moves a model to other organisations (when a project ends and its people leave). */
export async function transferModel(db: Db, viewer: Viewer, at: Step, organisationKeys: string[]) {
  return step(db, viewer, "model.transfer", at, async (tx, model) => {
    const document: ModelDocument = { ...model.document, facts: { ...model.document.facts, developers: organisationKeys } };
    const owners = await developerIds(tx, document);
    if (owners.length !== organisationKeys.length || owners.length === 0) {
      throw new InvalidDocumentError([{ path: ["developers"], message: "unknownOrganisation" }]);
    }
    await tx.modelDeveloper.deleteMany({ where: { modelId: model.id } });
    await tx.modelDeveloper.createMany({ data: owners.map((organisationId, position) => ({ modelId: model.id, organisationId, position })) });
    const revision = await addRevision(tx, viewer, model, { state: model.state, document, note: `transfer:${organisationKeys.join(",")}` });
    await audit(tx, { action: "model-transferred", actor: viewer, organisationId: owners[0], subject: { type: "model", id: model.id }, details: { revision, from: model.organisationIds, to: owners } });
    return { version: model.version, revision };
  });
}

export type Purge = { number: number; reason: string; locale?: Locale; section?: string };

/**
 * An admin removes text from history: a whole revision's snapshot, or one field of one
 * language in it (client details published by mistake). The revision keeps a tombstone with
 * the reason, and the purge is in the audit log. The newest revision cannot be purged: edit it.
 */
export async function purgeRevision(db: Db, viewer: Viewer, modelId: string, purge: Purge) {
  if (!may(viewer, "revision.purge")) throw new NotAllowedError();
  return db.$transaction(async (tx) => {
    const model = await tx.practiceModel.findUnique({ where: { id: modelId }, select: { headRevision: true } });
    const revision = await tx.modelRevision.findUnique({ where: { modelId_number: { modelId, number: purge.number } } });
    if (!model || !revision) throw new NotAllowedError();
    if (purge.number === model.headRevision) throw new WrongStateError("purge", "newest");
    let snapshot = revision.snapshot as ModelDocument | null;
    if (snapshot && purge.locale && purge.section) {
      const text = snapshot.texts[purge.locale];
      if (text) {
        const sectionKey = purge.section.replace(/^sections\./, "") as keyof typeof text.sections;
        const sections = { ...text.sections, [sectionKey]: "" };
        snapshot = { ...snapshot, texts: { ...snapshot.texts, [purge.locale]: { ...text, sections } } };
      }
    } else snapshot = null;
    const tombstone = { at: new Date().toISOString(), by: viewer.name, reason: purge.reason, locale: purge.locale ?? null, section: purge.section ?? null };
    await tx.modelRevision.update({
      where: { id: revision.id },
      data: { snapshot: snapshot === null ? Prisma.DbNull : (snapshot as Prisma.InputJsonValue), purges: [...(revision.purges as object[]), tombstone] },
    });
    await audit(tx, { action: "revision-purged", actor: viewer, subject: { type: "model", id: modelId }, details: { revision: purge.number, ...tombstone } });
  });
}

/** Which languages of a document are there at all. */
export const documentLocales = (document: ModelDocument) => presentTexts(document.texts).map(([locale]) => locale);

export type RevisionEntry = {
  number: number;
  state: PublicationState;
  authorName: string;
  createdAt: Date;
  note: string | null;
  publishedLocales: Locale[];
  minorChange: boolean;
  purged: boolean;
  purges: { at: string; by: string; reason: string; locale: Locale | null; section: string | null }[];
};

/** A model's revisions, newest first, and the snapshots of those asked for (to compare). */
export async function readHistory(db: Db, viewer: Viewer, id: string, snapshotsOf: number[] = []) {
  const model = await openModel(db, viewer, id);
  if (!model) return null;
  const rows = await db.modelRevision.findMany({ where: { modelId: id }, orderBy: { number: "desc" } });
  const revisions: RevisionEntry[] = rows.map((r) => ({
    number: r.number,
    state: r.state,
    authorName: r.authorName,
    createdAt: r.createdAt,
    note: r.note,
    publishedLocales: r.publishedLocales,
    minorChange: r.minorChange,
    purged: r.snapshot === null,
    purges: r.purges as RevisionEntry["purges"],
  }));
  const snapshots = new Map(
    rows.filter((r) => snapshotsOf.includes(r.number) && r.snapshot !== null).map((r) => [r.number, r.snapshot as ModelDocument]),
  );
  return { model, revisions, snapshots };
}
