-- CreateTable
CREATE TABLE "ModelAdoption" (
    "id" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "organisation" TEXT NOT NULL,
    "municipality" TEXT,
    "wellbeingServicesCountyId" UUID,
    "since" INTEGER,

    CONSTRAINT "ModelAdoption_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ModelAdoption_modelId_idx" ON "ModelAdoption"("modelId");

-- AddForeignKey
ALTER TABLE "ModelAdoption" ADD CONSTRAINT "ModelAdoption_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "PracticeModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelAdoption" ADD CONSTRAINT "ModelAdoption_wellbeingServicesCountyId_fkey" FOREIGN KEY ("wellbeingServicesCountyId") REFERENCES "TaxonomyTerm"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written: where a model is in use is shown on its public page and filters the
-- catalogue, so writing it bumps the catalogue revision like the other live tables
-- (migration catalogue_revision).
CREATE TRIGGER "ModelAdoption_bumpCatalogueRevision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ModelAdoption"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpCatalogueRevision"();
