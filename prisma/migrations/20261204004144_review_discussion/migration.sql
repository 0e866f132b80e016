-- AlterTable
ALTER TABLE "EditorialComment" ADD COLUMN     "field" TEXT,
ADD COLUMN     "locale" "Locale",
ADD COLUMN     "parentId" UUID,
ADD COLUMN     "resolvedAt" TIMESTAMP(3),
ADD COLUMN     "resolvedByName" TEXT,
ADD COLUMN     "revisionNumber" INTEGER;

-- AddForeignKey
ALTER TABLE "EditorialComment" ADD CONSTRAINT "EditorialComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "EditorialComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

