-- pactwatch schema, version 1. Applied in one transaction; PRAGMA user_version tracks it.
-- Times are ISO 8601 UTC strings ("2026-11-23T17:20:00.000Z"); JSON columns hold arrays/objects.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Per-feed polling state: validators for conditional GET, health, backoff.
CREATE TABLE feeds (
  id                   TEXT PRIMARY KEY,
  name                 TEXT NOT NULL,
  url                  TEXT NOT NULL,
  etag                 TEXT,
  last_modified        TEXT,
  body_hash            TEXT,             -- the last feed body we processed: an unchanged 200 costs no parse
  last_status          TEXT,            -- ok | not-modified | error
  last_error           TEXT,
  last_polled_at       TEXT,
  last_ok_at           TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  next_poll_at         TEXT              -- backoff, Retry-After, Cache-Control max-age
);

-- One row per article, however many feeds carry it. `key` is its identity (guid or canonical URL).
CREATE TABLE articles (
  id                   INTEGER PRIMARY KEY,
  key                  TEXT NOT NULL UNIQUE,
  url                  TEXT NOT NULL,
  feed_id              TEXT NOT NULL,    -- the feed it was first seen in
  full_text            INTEGER NOT NULL, -- text comes from the page (1) or the feed item (0)
  published_at         TEXT,
  first_seen_at        TEXT NOT NULL,
  last_seen_in_feed_at TEXT NOT NULL,
  last_checked_at      TEXT,
  page_etag            TEXT,
  page_last_modified   TEXT,
  taken_down_at        TEXT,
  tracked              INTEGER NOT NULL DEFAULT 0  -- some version mentions a tracked agreement
);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_recheck ON articles (tracked, full_text, first_seen_at);

-- Which feed carries which article, and a hash of the item as the feed last showed it, so an
-- unchanged item costs no page fetch.
CREATE TABLE article_feeds (
  article_id   INTEGER NOT NULL REFERENCES articles (id),
  feed_id      TEXT NOT NULL,
  item_hash    TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  PRIMARY KEY (article_id, feed_id)
);
CREATE INDEX article_feeds_item ON article_feeds (feed_id, item_hash);

-- Every version of every article, numbered from 1.
CREATE TABLE versions (
  article_id INTEGER NOT NULL REFERENCES articles (id),
  n          INTEGER NOT NULL,
  seen_at    TEXT NOT NULL,
  title      TEXT NOT NULL,
  paragraphs TEXT NOT NULL,   -- JSON array of strings
  hash       TEXT NOT NULL,
  extractor  TEXT NOT NULL,   -- extractor version; a change re-baselines instead of diffing
  baseline   INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article_id, n)
);

-- What changed between consecutive versions, and the notices that came with it.
CREATE TABLE changes (
  article_id  INTEGER NOT NULL REFERENCES articles (id),
  from_n      INTEGER NOT NULL,
  to_n        INTEGER NOT NULL,
  detected_at TEXT NOT NULL,
  notices     TEXT NOT NULL,  -- JSON [{kind, note}] new in to_n
  removed     TEXT NOT NULL,  -- JSON [string]
  added       TEXT NOT NULL,  -- JSON [string]
  diff        TEXT NOT NULL,  -- JSON TextDiff (full)
  announced   INTEGER NOT NULL,
  PRIMARY KEY (article_id, to_n)
);
CREATE INDEX changes_detected ON changes (detected_at);

-- Status findings of each article's LATEST version: replaced when a new version arrives, so a
-- corrected sentence retracts what the old one said.
CREATE TABLE findings (
  article_id   INTEGER NOT NULL REFERENCES articles (id),
  agreement_id TEXT NOT NULL,
  status       TEXT NOT NULL,
  date         TEXT NOT NULL,
  date_source  TEXT NOT NULL,
  party        TEXT,
  quote        TEXT NOT NULL
);
CREATE INDEX findings_agreement ON findings (agreement_id);
CREATE INDEX findings_article ON findings (article_id);

CREATE TABLE mentions (
  article_id   INTEGER NOT NULL REFERENCES articles (id),
  agreement_id TEXT NOT NULL,
  PRIMARY KEY (article_id, agreement_id)
);

-- The current status of each agreement as last published, to notice changes.
CREATE TABLE agreement_state (
  agreement_id TEXT PRIMARY KEY,
  status       TEXT,
  since        TEXT,
  updated_at   TEXT NOT NULL
);

-- The update log: immutable; AUTOINCREMENT so a sequence number is never reused.
CREATE TABLE updates (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  uid        TEXT NOT NULL UNIQUE,
  kind       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  title      TEXT NOT NULL,
  article_id INTEGER,
  payload    TEXT NOT NULL
);
CREATE INDEX updates_kind ON updates (kind, seq);

CREATE TABLE update_agreements (
  agreement_id TEXT NOT NULL,
  seq          INTEGER NOT NULL REFERENCES updates (seq),
  PRIMARY KEY (agreement_id, seq)
) WITHOUT ROWID;

-- Cross-process run lease: one ingest at a time; expires, so a crash cannot leave it held.
CREATE TABLE leases (
  name       TEXT PRIMARY KEY,
  holder     TEXT NOT NULL,
  expires_at INTEGER NOT NULL   -- ms since epoch
);
