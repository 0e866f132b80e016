-- CreateEnum
CREATE TYPE "JobState" AS ENUM ('PENDING', 'DONE', 'FAILED', 'CANCELLED');

-- CreateTable
CREATE TABLE "ScheduledJob" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "modelId" UUID,
    "runAt" TIMESTAMP(3) NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "state" "JobState" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "failure" TEXT,
    "createdById" TEXT,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ScheduledJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScheduledJob_state_runAt_idx" ON "ScheduledJob"("state", "runAt");

-- CreateIndex
CREATE INDEX "ScheduledJob_modelId_state_idx" ON "ScheduledJob"("modelId", "state");

-- AddForeignKey
ALTER TABLE "ScheduledJob" ADD CONSTRAINT "ScheduledJob_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "PracticeModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

