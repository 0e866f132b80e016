-- AlterTable
ALTER TABLE "StoredFile" ADD COLUMN     "purgeReason" TEXT,
ADD COLUMN     "purgedAt" TIMESTAMP(3);

