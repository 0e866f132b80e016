-- Evaluation frameworks and their result scales become data (content/evaluation-frameworks.yaml):
-- the framework and each dimension's result are keys, kept as they were.

-- AlterTable
ALTER TABLE "Evaluation" ALTER COLUMN "framework" DROP DEFAULT,
ALTER COLUMN "framework" TYPE TEXT USING (CASE "framework"::text WHEN 'THL_PARTICIPATION' THEN 'thl-participation' ELSE lower(replace("framework"::text, '_', '-')) END),
ALTER COLUMN "framework" SET DEFAULT 'thl-participation';

-- AlterTable
ALTER TABLE "EvaluationDimension" ALTER COLUMN "result" TYPE TEXT USING (CASE "result"::text WHEN 'STRENGTHENED' THEN 'strengthened' ELSE 'not-assessed' END);

-- DropEnum
DROP TYPE "DimensionResult";

-- DropEnum
DROP TYPE "EvaluationFramework";

-- CreateTable
CREATE TABLE "EvaluationFramework" (
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "sourceHash" TEXT,

    CONSTRAINT "EvaluationFramework_pkey" PRIMARY KEY ("key")
);

-- The scales' words are on the model pages: a change bumps the catalogue revision like the other
-- live tables (migration catalogue_revision).
CREATE TRIGGER "EvaluationFramework_bumpCatalogueRevision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EvaluationFramework"
  FOR EACH STATEMENT EXECUTE FUNCTION "bumpCatalogueRevision"();
