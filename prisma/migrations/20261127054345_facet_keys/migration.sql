-- AlterTable
ALTER TABLE "PracticeModel" ADD COLUMN     "facetKeys" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "PracticeModel_facetKeys_idx" ON "PracticeModel" USING GIN ("facetKeys");

