-- Schema version 8: full-text search over every stored article version (SQLite FTS5).
-- A contentless index (the text stays in versions alone; the index holds only the terms) whose rows
-- can be deleted by rowid (contentless_delete), kept in step by triggers: insert, retention's
-- deletes, any update. The rebuild at the end indexes the versions stored before this migration.
-- Only the first 100,000 characters (a long article is 50,000) of a version are indexed: the insert runs inside the write
-- transaction that stores the version, and tokenizing a hostile multi-megabyte wall of text there
-- would hold the store's lock for most of a second. Diacritics are folded ("Malacañang" matches
-- "malacanang"). `paragraphs` is a JSON array of strings: the tokenizer treats its quotes and
-- commas as separators. Written to be re-run safely (IF NOT EXISTS; the rebuild starts empty).
CREATE VIRTUAL TABLE IF NOT EXISTS versions_fts USING fts5(
  title,
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER IF NOT EXISTS versions_fts_insert AFTER INSERT ON versions BEGIN
  INSERT INTO versions_fts (rowid, title, body) VALUES (new.rowid, new.title, substr(new.paragraphs, 1, 100000));
END;

CREATE TRIGGER IF NOT EXISTS versions_fts_delete AFTER DELETE ON versions BEGIN
  DELETE FROM versions_fts WHERE rowid = old.rowid;
END;

CREATE TRIGGER IF NOT EXISTS versions_fts_update AFTER UPDATE ON versions BEGIN
  DELETE FROM versions_fts WHERE rowid = old.rowid;
  INSERT INTO versions_fts (rowid, title, body) VALUES (new.rowid, new.title, substr(new.paragraphs, 1, 100000));
END;

DELETE FROM versions_fts;
INSERT INTO versions_fts (rowid, title, body) SELECT rowid, title, substr(paragraphs, 1, 100000) FROM versions;
