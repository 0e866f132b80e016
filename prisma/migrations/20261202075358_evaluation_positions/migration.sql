-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "EvaluationDocument" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;

