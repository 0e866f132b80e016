-- Hand-written (no schema change). PostgreSQL costs matching a tsvector with a tsquery (`@@`,
-- ts_match_vq) like an equality, but the search table's `words` are large and stored out of
-- line, so each match first reads them back. With its true cost the planner reads the GIN
-- index on the words instead of matching every row of a small catalogue one by one: one search
-- statement at 1,000 models 21.7 to 15.4 ms mean, unchanged at 10,000 and 100,000 (where the
-- index was read already). As for pg_trgm's operators (migration search_entries), the function
-- belongs to the database's owner: where the migrating role is not a superuser it keeps its
-- default cost, and says so.
DO $$
BEGIN
  ALTER FUNCTION ts_match_vq(tsvector, tsquery) COST 100;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'ts_match_vq belongs to another role: matching words keeps its default cost';
END
$$;
