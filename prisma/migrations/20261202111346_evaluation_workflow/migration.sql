-- CreateEnum
CREATE TYPE "EvaluationState" AS ENUM ('DRAFT', 'PUBLISHED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "PracticeModel" ADD COLUMN     "textHash" TEXT;

-- AlterTable
ALTER TABLE "Evaluation" ADD COLUMN     "frameworkVersion" TEXT,
ADD COLUMN     "modelRevision" INTEGER,
ADD COLUMN     "modelTextHash" TEXT,
ADD COLUMN     "noReviewPlanned" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "origin" "RecordOrigin" NOT NULL DEFAULT 'CONTENT_FILE',
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "state" "EvaluationState" NOT NULL DEFAULT 'PUBLISHED',
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "EvaluationTranslation" ADD COLUMN     "withdrawalReason" TEXT;

-- CreateTable
CREATE TABLE "EvaluationRevision" (
    "id" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "state" "EvaluationState" NOT NULL,
    "snapshot" JSONB NOT NULL,
    "note" TEXT,
    "authorId" TEXT,
    "authorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EditorialComment" (
    "id" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "evaluationId" UUID,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "authorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EditorialComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationRevision_evaluationId_number_key" ON "EvaluationRevision"("evaluationId", "number");

-- CreateIndex
CREATE INDEX "EditorialComment_modelId_createdAt_idx" ON "EditorialComment"("modelId", "createdAt");

-- CreateIndex
CREATE INDEX "EditorialComment_evaluationId_createdAt_idx" ON "EditorialComment"("evaluationId", "createdAt");

-- AddForeignKey
ALTER TABLE "EvaluationRevision" ADD CONSTRAINT "EvaluationRevision_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditorialComment" ADD CONSTRAINT "EditorialComment_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "PracticeModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditorialComment" ADD CONSTRAINT "EditorialComment_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

