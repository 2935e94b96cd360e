-- Schema version 8: full-text search over every stored article version (SQLite FTS5).
-- An external-content index over versions(title, paragraphs): the text is stored once, in
-- versions; the index holds only the terms. Triggers keep it in step with inserts, retention's
-- deletes and any update; the rebuild indexes the versions stored before this migration.
-- `paragraphs` is a JSON array of strings: the unicode61 tokenizer treats its quotes and commas as
-- separators, so its words are indexed as the words of the text. Diacritics are folded
-- ("Malacañang" matches "malacanang"). Written to be re-run safely (IF NOT EXISTS; the rebuild is idempotent).
CREATE VIRTUAL TABLE IF NOT EXISTS versions_fts USING fts5(
  title,
  paragraphs,
  content = 'versions',
  content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER IF NOT EXISTS versions_fts_insert AFTER INSERT ON versions BEGIN
  INSERT INTO versions_fts (rowid, title, paragraphs) VALUES (new.rowid, new.title, new.paragraphs);
END;

CREATE TRIGGER IF NOT EXISTS versions_fts_delete AFTER DELETE ON versions BEGIN
  INSERT INTO versions_fts (versions_fts, rowid, title, paragraphs) VALUES ('delete', old.rowid, old.title, old.paragraphs);
END;

CREATE TRIGGER IF NOT EXISTS versions_fts_update AFTER UPDATE ON versions BEGIN
  INSERT INTO versions_fts (versions_fts, rowid, title, paragraphs) VALUES ('delete', old.rowid, old.title, old.paragraphs);
  INSERT INTO versions_fts (rowid, title, paragraphs) VALUES (new.rowid, new.title, new.paragraphs);
END;

INSERT INTO versions_fts (versions_fts) VALUES ('rebuild');
