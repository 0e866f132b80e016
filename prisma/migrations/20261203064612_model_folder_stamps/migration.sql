-- AlterTable
ALTER TABLE "PracticeModel" ADD COLUMN     "folderStamp" TEXT;

