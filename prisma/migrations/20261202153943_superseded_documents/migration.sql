-- AlterTable
ALTER TABLE "EvaluationDocument" ADD COLUMN     "supersededOn" DATE;

