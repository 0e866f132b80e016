-- AlterTable
ALTER TABLE "EvaluationDocument" ADD COLUMN     "page" INTEGER,
ADD COLUMN     "persistentId" TEXT;

-- CreateTable
CREATE TABLE "StoredFile" (
    "checksum" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL DEFAULT 'application/pdf',
    "sizeBytes" INTEGER NOT NULL,
    "pageCount" INTEGER NOT NULL,
    "tagged" BOOLEAN NOT NULL,
    "pdfTitle" TEXT,
    "pdfLanguage" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedById" TEXT,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("checksum")
);

-- CreateIndex
CREATE INDEX "EvaluationDocument_checksum_idx" ON "EvaluationDocument"("checksum");

-- AddForeignKey
ALTER TABLE "EvaluationDocument" ADD CONSTRAINT "EvaluationDocument_checksum_fkey" FOREIGN KEY ("checksum") REFERENCES "StoredFile"("checksum") ON DELETE RESTRICT ON UPDATE CASCADE;


-- What the model page shows of a file (pages, accessibility) is part of the catalogue: a change
-- bumps the catalogue revision like the other live tables (migration catalogue_revision).
CREATE TRIGGER "StoredFile_bumpCatalogueRevision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "StoredFile"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpCatalogueRevision"();
