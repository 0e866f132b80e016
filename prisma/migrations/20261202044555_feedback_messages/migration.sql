-- CreateTable
CREATE TABLE "FeedbackMessage" (
    "id" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locale" TEXT NOT NULL,
    "page" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "replyTo" TEXT,
    "addressHash" TEXT NOT NULL,
    "handledAt" TIMESTAMP(3),
    "handledById" TEXT,
    "handledBy" TEXT,

    CONSTRAINT "FeedbackMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FeedbackMessage_createdAt_idx" ON "FeedbackMessage"("createdAt");

-- CreateIndex
CREATE INDEX "FeedbackMessage_addressHash_createdAt_idx" ON "FeedbackMessage"("addressHash", "createdAt");

