-- Schema version 3: what made each finding, and denials.
-- A finding may deny its step ("has not yet been signed", "was only initialled, not signed"): the
-- timeline weighs denials against the claims of that step; 0 for every finding made before, which
-- all affirmed. `rule` is the lexicon row, `mention` the words that named the agreement and
-- `date_phrase` the words the date came from (NULL: the publication day); NULL for older findings.
ALTER TABLE findings ADD COLUMN denied INTEGER NOT NULL DEFAULT 0;
ALTER TABLE findings ADD COLUMN rule TEXT;
ALTER TABLE findings ADD COLUMN mention TEXT;
ALTER TABLE findings ADD COLUMN date_phrase TEXT;
