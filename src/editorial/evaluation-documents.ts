// Documents of an evaluation draft: an uploaded PDF or a link. An upload is checked by its
// bytes and read on a worker thread (src/documents/pdf.ts), stored once under a key made from
// its checksum (the same report uploaded again, or for another model, is the same file), and
// added to the draft as a new revision, so that publishing, history and stale-save
// protection work for documents as for the rest of the evaluation.
import { audit } from "@/auth/audit";
import { NotAllowedError } from "@/auth/people-admin";
import { may, type Viewer } from "@/auth/permissions";
import type { EvaluationDraftDocument } from "@/content/document";
import type { Db } from "@/db/client";
import { finnishToday } from "@/domain/finnish-time";
import type { Locale } from "@/domain/locale";
import { inspectUpload, type UploadProblem } from "@/documents/pdf";
import type { DocumentStorage } from "@/documents/storage";
import { keepFile } from "@/store/stored-files";
import { changeEvaluationDraft, documentIdentity, readPublishedDocuments, type EvaluationStep } from "./evaluations";

/** The upload is not a PDF this catalogue takes: too large, empty, not a PDF, encrypted, broken. */
export class UploadRefusedError extends Error {
  constructor(readonly code: UploadProblem) {
    super(`The upload was refused: ${code}`);
    this.name = "UploadRefusedError";
  }
}

export type DocumentFacts = { title: string; language: Locale; publishedOn?: string; page?: number };
export type LinkFacts = DocumentFacts & { url: string; sizeBytes?: number; persistentId?: string };

type DraftDocument = EvaluationDraftDocument["facts"]["documents"] extends (infer D)[] | undefined ? D : never;

/**
 * Saves the draft with the documents `change` makes of its own; `change` runs inside the
 * save's transaction (`published`: what readers see now, read there).
 */
function changeDocuments(
  db: Db,
  viewer: Viewer,
  at: EvaluationStep,
  change: (documents: DraftDocument[], published: () => Promise<Set<string>>) => DraftDocument[] | Promise<DraftDocument[]>,
  note: string,
) {
  return changeEvaluationDraft(
    db,
    viewer,
    at,
    async (draft, tx) => ({ ...draft, facts: { ...draft.facts, documents: await change(draft.facts.documents ?? [], () => readPublishedDocuments(tx, at.id)) } }),
    note,
  );
}

/**
 * Checks, stores and attaches an uploaded PDF to the evaluation's draft. What was read from
 * the file (pages, text, whether it is tagged) is kept with it; the title given wins over the
 * PDF's own, which fills in an empty one.
 */
export async function attachUpload(db: Db, storage: DocumentStorage, viewer: Viewer, at: EvaluationStep, bytes: Uint8Array, facts: DocumentFacts) {
  // Asked before reading the file: nobody else makes the server parse a PDF.
  if (!may(viewer, "evaluation.edit")) throw new NotAllowedError();
  const inspected = await inspectUpload(bytes);
  if (!inspected.ok) throw new UploadRefusedError(inspected.code);
  await keepFile(db, storage, bytes, inspected, facts.language, viewer.id);
  const document: DraftDocument = {
    title: facts.title || inspected.title || inspected.checksum.slice(0, 12),
    language: facts.language,
    ...(facts.publishedOn ? { publishedOn: facts.publishedOn } : {}),
    sizeBytes: inspected.sizeBytes,
    checksum: inspected.checksum,
    ...(facts.page ? { page: facts.page } : {}),
  };
  return { ...(await changeDocuments(db, viewer, at, (documents) => [...documents, document], `document:${document.title}`)), file: inspected };
}

/** Attaches a link (https only: the draft's check refuses any other) to the evaluation's draft. */
export async function attachLink(db: Db, viewer: Viewer, at: EvaluationStep, link: LinkFacts) {
  const document: DraftDocument = {
    title: link.title,
    language: link.language,
    url: link.url,
    ...(link.publishedOn ? { publishedOn: link.publishedOn } : {}),
    ...(link.sizeBytes ? { sizeBytes: link.sizeBytes } : {}),
    ...(link.persistentId ? { persistentId: link.persistentId } : {}),
    ...(link.page ? { page: link.page } : {}),
  };
  return changeDocuments(db, viewer, at, (documents) => [...documents, document], `document:${link.title}`);
}

/** A document the public page lists is marked superseded when replaced, never taken off. */
export class PublishedDocumentError extends Error {
  constructor() {
    super("A published document is marked superseded, not removed.");
    this.name = "PublishedDocumentError";
  }
}

/**
 * Takes the document at `position` off the draft: one added since the last publish (the file
 * stays: revisions may name it). A report readers have seen is marked superseded instead;
 * what they see is read in the save's transaction, so a publish in between cannot slip by.
 * A position is exact: the save names the revision it started from (a stale one is refused),
 * and a report may be in one draft twice, for two page anchors, so its identity is not.
 */
export async function detachDocument(db: Db, viewer: Viewer, at: EvaluationStep, position: number) {
  return changeDocuments(
    db,
    viewer,
    at,
    async (documents, published) => {
      const document = documents[position];
      if (document && (await published()).has(documentIdentity(document))) throw new PublishedDocumentError();
      return documents.filter((_, i) => i !== position);
    },
    "document removed",
  );
}

/**
 * Marks the document at `position` as replaced by a newer report on `day` (today unless
 * given): readers still find it, marked, and its file is kept.
 */
export async function supersedeDocument(db: Db, viewer: Viewer, at: EvaluationStep, position: number, day = finnishToday()) {
  return changeDocuments(
    db,
    viewer,
    at,
    (documents) => documents.map((document, i) => (i === position && !document.superseded ? { ...document, superseded: day } : document)),
    "document superseded",
  );
}

/**
 * An admin removes an uploaded file for a legal reason (a report that names a client, say):
 * the bytes and the extracted text go, the row stays as a tombstone with the reason, so that
 * the revisions and evaluations naming it still make sense, and its address answers 410. The
 * purge is marked before the bytes are removed, so a failure leaves nothing served.
 */
export async function purgeFile(db: Db, storage: DocumentStorage, viewer: Viewer, checksum: string, reason: string) {
  if (!may(viewer, "revision.purge")) throw new NotAllowedError();
  const why = reason.trim();
  if (!why) throw new Error("A purge needs a reason.");
  const file = await db.$transaction(async (tx) => {
    const found = await tx.storedFile.findUnique({ where: { checksum }, select: { storageKey: true, purgedAt: true } });
    if (!found || found.purgedAt) return null;
    await tx.storedFile.update({ where: { checksum }, data: { purgedAt: new Date(), purgeReason: why, text: "" } });
    await audit(tx, { action: "document-purged", actor: viewer, subject: { type: "document", id: checksum }, details: { reason: why } });
    return found;
  });
  if (file) await storage.remove(file.storageKey);
  return file !== null;
}

