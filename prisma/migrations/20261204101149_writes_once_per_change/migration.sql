-- Hand-written (no schema change): catalogue writes do their bookkeeping once, not per statement.

-- The catalogue revision moves once per transaction. Readers see it change at commit, however
-- many statements the transaction ran; updating the one row for every statement of a large
-- seed (a thousand at 10,000 models) left a chain of row versions that each later update had
-- to walk, so the bumps grew with the square of the seed. A transaction-local setting remembers
-- the bump, and leaves with the transaction (or the savepoint that made it).
CREATE OR REPLACE FUNCTION "bumpCatalogueRevision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('palaset.catalogue_revision_bumped', true) IS DISTINCT FROM 'yes' THEN
    UPDATE "CatalogueRevision" SET "revision" = "revision" + 1 WHERE "id" = 1;
    PERFORM set_config('palaset.catalogue_revision_bumped', 'yes', true);
  END IF;
  RETURN NULL;
END;
$$;

-- A new model has no translations yet, so it has no search rows: those come with its
-- translations (their insert trigger).
DROP TRIGGER "PracticeModel_searchEntries_insert" ON "PracticeModel";

-- An updated model's search rows are made anew only when what chooses them changed (state,
-- slug, source language); a new date or new filter values are copied into its rows; any other
-- column (version, draft pointers, folder stamp) leaves them alone.
DROP TRIGGER "PracticeModel_searchEntries_update" ON "PracticeModel";
DROP FUNCTION "modelsChangedSearchEntries"();

CREATE FUNCTION "modelsUpdatedSearchEntries"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "writeSearchEntries"(ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.state, n.slug, n."sourceLocale") IS DISTINCT FROM (o.state, o.slug, o."sourceLocale")));
  UPDATE "SearchEntry" e SET "updatedAt" = n."updatedAt", "facetKeys" = n."facetKeys"
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE e."modelId" = n.id
    AND (n.state, n.slug, n."sourceLocale") IS NOT DISTINCT FROM (o.state, o.slug, o."sourceLocale")
    AND (n."updatedAt", n."facetKeys") IS DISTINCT FROM (o."updatedAt", o."facetKeys");
  RETURN NULL;
END;
$$;

CREATE TRIGGER "PracticeModel_searchEntries_update" AFTER UPDATE ON "PracticeModel"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "modelsUpdatedSearchEntries"();
