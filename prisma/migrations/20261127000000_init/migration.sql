-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('fi', 'sv', 'en');

-- CreateEnum
CREATE TYPE "PublicationState" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "RecordOrigin" AS ENUM ('CONTENT_FILE', 'EDITOR');

-- CreateEnum
CREATE TYPE "TaxonomyKind" AS ENUM ('THEME', 'TARGET_GROUP', 'REGION', 'WELLBEING_SERVICES_COUNTY', 'FUNDER', 'DEVELOPMENT_STAGE');

-- CreateEnum
CREATE TYPE "SectionKind" AS ENUM ('BASIC_IDEA', 'OPERATING_ENVIRONMENT', 'TARGET_GROUP', 'CONDITIONS', 'TIPS');

-- CreateEnum
CREATE TYPE "ParticipationDimension" AS ENUM ('OWN_LIFE', 'COMMUNITIES_AND_INFLUENCING', 'COMMON_GOOD');

-- CreateEnum
CREATE TYPE "DimensionResult" AS ENUM ('STRENGTHENED', 'NOT_ASSESSED');

-- CreateEnum
CREATE TYPE "EvaluationFramework" AS ENUM ('THL_PARTICIPATION');

-- CreateTable
CREATE TABLE "PracticeModel" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "state" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "isBrief" BOOLEAN NOT NULL DEFAULT false,
    "createdOn" DATE,
    "lastModifiedOn" DATE,
    "coverImageUrl" TEXT,
    "sourceUrl" TEXT,
    "developmentStageId" UUID,
    "collectionId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "origin" "RecordOrigin" NOT NULL DEFAULT 'CONTENT_FILE',
    "sourcePath" TEXT,
    "sourceHash" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PracticeModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelTranslation" (
    "id" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,
    "shortDescription" TEXT NOT NULL,
    "implementationSite" TEXT,
    "coverImageAlt" TEXT,
    "sourcePath" TEXT,

    CONSTRAINT "ModelTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelSection" (
    "id" UUID NOT NULL,
    "translationId" UUID NOT NULL,
    "kind" "SectionKind" NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "ModelSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaxonomyTerm" (
    "id" UUID NOT NULL,
    "kind" "TaxonomyKind" NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "sourceHash" TEXT,

    CONSTRAINT "TaxonomyTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaxonomyLabel" (
    "termId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "TaxonomyLabel_pkey" PRIMARY KEY ("termId","locale")
);

-- CreateTable
CREATE TABLE "ModelTerm" (
    "modelId" UUID NOT NULL,
    "termId" UUID NOT NULL,

    CONSTRAINT "ModelTerm_pkey" PRIMARY KEY ("modelId","termId")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "website" TEXT,
    "sourceHash" TEXT,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelDeveloper" (
    "modelId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ModelDeveloper_pkey" PRIMARY KEY ("modelId","organisationId")
);

-- CreateTable
CREATE TABLE "Collection" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "state" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "origin" "RecordOrigin" NOT NULL DEFAULT 'CONTENT_FILE',
    "sourcePath" TEXT,
    "sourceHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Collection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectionTranslation" (
    "collectionId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "CollectionTranslation_pkey" PRIMARY KEY ("collectionId","locale")
);

-- CreateTable
CREATE TABLE "ThemeArticle" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "state" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "themeId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "origin" "RecordOrigin" NOT NULL DEFAULT 'CONTENT_FILE',
    "sourcePath" TEXT,
    "sourceHash" TEXT,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ThemeArticle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemeArticleTranslation" (
    "articleId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,
    "lead" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "ThemeArticleTranslation_pkey" PRIMARY KEY ("articleId","locale")
);

-- CreateTable
CREATE TABLE "ThemeArticleModel" (
    "articleId" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ThemeArticleModel_pkey" PRIMARY KEY ("articleId","modelId")
);

-- CreateTable
CREATE TABLE "Reference" (
    "id" UUID NOT NULL,
    "modelId" UUID,
    "articleId" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,
    "authors" TEXT,
    "year" INTEGER,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,

    CONSTRAINT "Reference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "evaluatorId" UUID,
    "evaluatedOn" DATE,
    "framework" "EvaluationFramework" NOT NULL DEFAULT 'THL_PARTICIPATION',
    "nextReviewOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationTranslation" (
    "evaluationId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "summary" TEXT NOT NULL,

    CONSTRAINT "EvaluationTranslation_pkey" PRIMARY KEY ("evaluationId","locale")
);

-- CreateTable
CREATE TABLE "EvaluationDimension" (
    "id" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "dimension" "ParticipationDimension" NOT NULL,
    "result" "DimensionResult" NOT NULL,

    CONSTRAINT "EvaluationDimension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationDimensionTranslation" (
    "dimensionId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "finding" TEXT NOT NULL,

    CONSTRAINT "EvaluationDimensionTranslation_pkey" PRIMARY KEY ("dimensionId","locale")
);

-- CreateTable
CREATE TABLE "EvaluationDocument" (
    "id" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "language" "Locale" NOT NULL,
    "publishedOn" DATE,
    "sizeBytes" INTEGER,
    "mediaType" TEXT NOT NULL DEFAULT 'application/pdf',
    "url" TEXT,
    "storageKey" TEXT,
    "checksum" TEXT,

    CONSTRAINT "EvaluationDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PracticeModel_slug_key" ON "PracticeModel"("slug");

-- CreateIndex
CREATE INDEX "PracticeModel_state_updatedAt_idx" ON "PracticeModel"("state", "updatedAt");

-- CreateIndex
CREATE INDEX "PracticeModel_collectionId_idx" ON "PracticeModel"("collectionId");

-- CreateIndex
CREATE UNIQUE INDEX "ModelTranslation_modelId_locale_key" ON "ModelTranslation"("modelId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "ModelSection_translationId_kind_key" ON "ModelSection"("translationId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "TaxonomyTerm_kind_key_key" ON "TaxonomyTerm"("kind", "key");

-- CreateIndex
CREATE INDEX "ModelTerm_termId_idx" ON "ModelTerm"("termId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_key_key" ON "Organisation"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Collection_slug_key" ON "Collection"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ThemeArticle_slug_key" ON "ThemeArticle"("slug");

-- CreateIndex
CREATE INDEX "Reference_modelId_idx" ON "Reference"("modelId");

-- CreateIndex
CREATE INDEX "Reference_articleId_idx" ON "Reference"("articleId");

-- CreateIndex
CREATE INDEX "Evaluation_modelId_idx" ON "Evaluation"("modelId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationDimension_evaluationId_dimension_key" ON "EvaluationDimension"("evaluationId", "dimension");

-- CreateIndex
CREATE INDEX "EvaluationDocument_evaluationId_idx" ON "EvaluationDocument"("evaluationId");

-- AddForeignKey
ALTER TABLE "PracticeModel" ADD CONSTRAINT "PracticeModel_developmentStageId_fkey" FOREIGN KEY ("developmentStageId") REFERENCES "TaxonomyTerm"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeModel" ADD CONSTRAINT "PracticeModel_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelTranslation" ADD CONSTRAINT "ModelTranslation_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "PracticeModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelSection" ADD CONSTRAINT "ModelSection_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "ModelTranslation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaxonomyLabel" ADD CONSTRAINT "TaxonomyLabel_termId_fkey" FOREIGN KEY ("termId") REFERENCES "TaxonomyTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelTerm" ADD CONSTRAINT "ModelTerm_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "PracticeModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelTerm" ADD CONSTRAINT "ModelTerm_termId_fkey" FOREIGN KEY ("termId") REFERENCES "TaxonomyTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelDeveloper" ADD CONSTRAINT "ModelDeveloper_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "PracticeModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelDeveloper" ADD CONSTRAINT "ModelDeveloper_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionTranslation" ADD CONSTRAINT "CollectionTranslation_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeArticle" ADD CONSTRAINT "ThemeArticle_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "TaxonomyTerm"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeArticleTranslation" ADD CONSTRAINT "ThemeArticleTranslation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "ThemeArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeArticleModel" ADD CONSTRAINT "ThemeArticleModel_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "ThemeArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeArticleModel" ADD CONSTRAINT "ThemeArticleModel_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "PracticeModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reference" ADD CONSTRAINT "Reference_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "PracticeModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reference" ADD CONSTRAINT "Reference_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "ThemeArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "PracticeModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_evaluatorId_fkey" FOREIGN KEY ("evaluatorId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationTranslation" ADD CONSTRAINT "EvaluationTranslation_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationDimension" ADD CONSTRAINT "EvaluationDimension_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationDimensionTranslation" ADD CONSTRAINT "EvaluationDimensionTranslation_dimensionId_fkey" FOREIGN KEY ("dimensionId") REFERENCES "EvaluationDimension"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationDocument" ADD CONSTRAINT "EvaluationDocument_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

