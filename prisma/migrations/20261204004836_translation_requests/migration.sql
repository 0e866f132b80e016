-- CreateTable
CREATE TABLE "TranslationRequest" (
    "modelId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requestedByName" TEXT NOT NULL,

    CONSTRAINT "TranslationRequest_pkey" PRIMARY KEY ("modelId","locale")
);

-- AddForeignKey
ALTER TABLE "TranslationRequest" ADD CONSTRAINT "TranslationRequest_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "PracticeModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

