-- AlterTable
ALTER TABLE "PracticeModel" ADD COLUMN     "editorialState" "PublicationState",
ADD COLUMN     "headRevision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "sourceLocale" "Locale" NOT NULL DEFAULT 'fi';

-- CreateTable
CREATE TABLE "ModelRevision" (
    "id" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "baseNumber" INTEGER,
    "state" "PublicationState" NOT NULL,
    "snapshot" JSONB,
    "changedIn" JSONB NOT NULL,
    "note" TEXT,
    "publishedIn" JSONB NOT NULL DEFAULT '{}',
    "publishedLocales" "Locale"[] DEFAULT ARRAY[]::"Locale"[],
    "minorChange" BOOLEAN NOT NULL DEFAULT false,
    "authorId" TEXT,
    "authorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "purges" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "ModelRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelSlugRedirect" (
    "slug" TEXT NOT NULL,
    "modelId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelSlugRedirect_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "ModelChangeNote" (
    "id" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "note" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelChangeNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ModelRevision_modelId_number_key" ON "ModelRevision"("modelId", "number");

-- CreateIndex
CREATE INDEX "ModelSlugRedirect_modelId_idx" ON "ModelSlugRedirect"("modelId");

-- CreateIndex
CREATE INDEX "ModelChangeNote_modelId_locale_publishedAt_idx" ON "ModelChangeNote"("modelId", "locale", "publishedAt");

-- AddForeignKey
ALTER TABLE "ModelRevision" ADD CONSTRAINT "ModelRevision_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "PracticeModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelSlugRedirect" ADD CONSTRAINT "ModelSlugRedirect_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "PracticeModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelChangeNote" ADD CONSTRAINT "ModelChangeNote_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "PracticeModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: old addresses and change notes are shown publicly, so writing them bumps the
-- catalogue revision like the other live tables (migration catalogue_revision).
CREATE TRIGGER "ModelSlugRedirect_bumpCatalogueRevision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ModelSlugRedirect"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpCatalogueRevision"();
CREATE TRIGGER "ModelChangeNote_bumpCatalogueRevision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ModelChangeNote"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpCatalogueRevision"();
