-- Schema version 2: agreements whose timelines new versions may have moved. Written in the same
-- transaction as the version that touched them and consumed by one refresh at the end of the run,
-- so a run killed before its refresh loses nothing: the next run refreshes what is left here.
CREATE TABLE pending_refresh (
  agreement_id TEXT PRIMARY KEY
) WITHOUT ROWID;

-- The hash of the article page last processed: a page whose server sends no validators is still
-- recognised as unchanged without extracting it again.
ALTER TABLE articles ADD COLUMN page_hash TEXT;
