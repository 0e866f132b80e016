-- CreateEnum
CREATE TYPE "LinkOutcome" AS ENUM ('ok', 'redirected', 'broken', 'refused', 'timeout', 'error');

-- CreateTable
CREATE TABLE "LinkCheck" (
    "url" TEXT NOT NULL,
    "outcome" "LinkOutcome" NOT NULL,
    "httpStatus" INTEGER,
    "finalUrl" TEXT,
    "redirects" JSONB NOT NULL DEFAULT '[]',
    "error" TEXT,
    "checkedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LinkCheck_pkey" PRIMARY KEY ("url")
);

