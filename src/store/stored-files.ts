// StoredFile rows: a PDF kept once under the key of its checksum, with what was read from it.
// An upload (src/editorial/evaluation-documents.ts) and the seed's files beside a model's
// index.yaml (content-files.ts here) both go through this, so both keep the same facts.
import { documentKey } from "@/documents/keys";
import type { InspectedUpload } from "@/documents/pdf";
import type { DocumentStorage } from "@/documents/storage";
import type { Locale } from "@/domain/locale";
import type { Tx } from "./upsert";

/** How much of a document's text is kept for search. */
const searchableCharacters = 1_000_000;

export type InspectedPdf = Extract<InspectedUpload, { ok: true }>;

/**
 * Puts the bytes into `storage` unless they are there, and adds their StoredFile unless it is
 * there: the same bytes are the same file, whoever brought them first.
 */
export async function keepFile(tx: Tx, storage: DocumentStorage, bytes: Uint8Array, pdf: InspectedPdf, language: Locale, uploadedById: string | null) {
  const key = documentKey(pdf.checksum);
  if (!(await storage.has(key))) await storage.put(key, bytes);
  await tx.storedFile.upsert({
    where: { checksum: pdf.checksum },
    create: {
      checksum: pdf.checksum,
      storageKey: key,
      sizeBytes: pdf.sizeBytes,
      pageCount: pdf.pageCount,
      tagged: pdf.tagged,
      pdfTitle: pdf.title ?? null,
      pdfLanguage: pdf.language ?? null,
      // PostgreSQL text cannot hold NUL characters, which some PDFs' text has; the words of
      // the first million characters are plenty for search and keep within tsvector's limits.
      text: pdf.text.replaceAll("\u0000", " ").slice(0, searchableCharacters),
      language,
      uploadedById,
    },
    update: {},
  });
}
