-- CreateTable
CREATE TABLE "UnreviewedPublication" (
    "id" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "publisherId" TEXT,
    "publisherName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedAt" TIMESTAMP(3),
    "checkedById" TEXT,
    "checkedByName" TEXT,

    CONSTRAINT "UnreviewedPublication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnreviewedPublication_createdAt_idx" ON "UnreviewedPublication"("createdAt");

-- AddForeignKey
ALTER TABLE "UnreviewedPublication" ADD CONSTRAINT "UnreviewedPublication_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "PracticeModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

