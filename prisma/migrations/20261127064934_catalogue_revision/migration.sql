-- Hand-written after Prisma's table: the row itself, and statement triggers that bump it
-- whenever a catalogue table is written. A trigger sees every writer (the seed, an editor, a
-- psql session), so cached results cannot outlive the data they came from. The bump happens
-- inside the writing transaction and becomes visible with its data at commit.

-- CreateTable
CREATE TABLE "CatalogueRevision" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "revision" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CatalogueRevision_pkey" PRIMARY KEY ("id")
);


INSERT INTO "CatalogueRevision" ("id", "revision") VALUES (1, 0);

CREATE FUNCTION "bumpCatalogueRevision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "CatalogueRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  catalogue_table text;
BEGIN
  FOREACH catalogue_table IN ARRAY ARRAY[
    'PracticeModel', 'ModelTranslation', 'ModelSection', 'TaxonomyTerm', 'TaxonomyLabel', 'ModelTerm',
    'Organisation', 'ModelDeveloper', 'Collection', 'CollectionTranslation', 'ThemeArticle',
    'ThemeArticleTranslation', 'ThemeArticleModel', 'Reference', 'Evaluation', 'EvaluationTranslation',
    'EvaluationDimension', 'EvaluationDimensionTranslation', 'EvaluationDocument', 'SitePage',
    'SitePageTranslation', 'SitePageSection'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER "%s_bumpCatalogueRevision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
         FOR EACH STATEMENT EXECUTE FUNCTION "bumpCatalogueRevision"()',
      catalogue_table, catalogue_table);
  END LOOP;
END;
$$;
