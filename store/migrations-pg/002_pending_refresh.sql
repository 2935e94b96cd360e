-- Schema version 2 (twin of store/migrations/002_pending_refresh.sql).
CREATE TABLE pending_refresh (
  agreement_id TEXT PRIMARY KEY
);

ALTER TABLE articles ADD COLUMN page_hash TEXT;
