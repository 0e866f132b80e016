-- AlterTable
ALTER TABLE "PracticeModel" ADD COLUMN     "evaluatedElsewhere" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SitePage" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "state" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "origin" "RecordOrigin" NOT NULL DEFAULT 'CONTENT_FILE',
    "sourcePath" TEXT,
    "sourceHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SitePage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SitePageTranslation" (
    "id" UUID NOT NULL,
    "pageId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,
    "lead" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "SitePageTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SitePageSection" (
    "translationId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "SitePageSection_pkey" PRIMARY KEY ("translationId","key")
);

-- CreateIndex
CREATE UNIQUE INDEX "SitePage_key_key" ON "SitePage"("key");

-- CreateIndex
CREATE UNIQUE INDEX "SitePageTranslation_pageId_locale_key" ON "SitePageTranslation"("pageId", "locale");

-- AddForeignKey
ALTER TABLE "SitePageTranslation" ADD CONSTRAINT "SitePageTranslation_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "SitePage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SitePageSection" ADD CONSTRAINT "SitePageSection_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "SitePageTranslation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

