-- Schema version 8 (twin of store/migrations/008_version_search.sql): full-text search over every
-- stored article version, with PostgreSQL's own text search instead of FTS5. An expression GIN
-- index (the text stays in versions alone, so retention's deletes and any update need no
-- trigger), the 'simple' configuration (no stemming, as unicode61), title words weighted above
-- body words, only the first 100,000 characters of a version indexed. Diacritics are folded with
-- the unaccent extension when the server has it (Debian's postgresql package does); without it a
-- search is only case-folded. Written to be re-run safely.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS unaccent;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'unaccent is not available (%): search does not fold diacritics', SQLERRM;
END
$$;

-- The fold every indexed text and every query goes through: lower case, diacritics removed.
DO $$
DECLARE
  s text;
BEGIN
  SELECT n.nspname INTO s FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent';
  IF s IS NULL THEN
    EXECUTE 'CREATE OR REPLACE FUNCTION pactwatch_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$ SELECT lower(t) $f$';
  ELSE
    EXECUTE format(
      'CREATE OR REPLACE FUNCTION pactwatch_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$ SELECT lower(%I.unaccent(%L::regdictionary, t)) $f$',
      s, s || '.unaccent');
  END IF;
END
$$;

CREATE OR REPLACE FUNCTION pactwatch_search_vector(title text, paragraphs text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('simple'::regconfig, pactwatch_fold(title)), 'A')
      || setweight(to_tsvector('simple'::regconfig, pactwatch_fold(left(paragraphs, 100000))), 'D')
$$;

CREATE INDEX IF NOT EXISTS versions_search ON versions USING GIN (pactwatch_search_vector(title, paragraphs));
