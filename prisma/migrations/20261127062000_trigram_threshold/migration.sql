-- Typo tolerance: search matches names by trigram word similarity through the index operator
-- `<%`, whose threshold is this setting (0.6 by default finds too little: "kuntotus" must
-- still find "kuntoutus"). Set for the database, so every new connection has it.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET pg_trgm.word_similarity_threshold = 0.45', current_database());
END
$$;
