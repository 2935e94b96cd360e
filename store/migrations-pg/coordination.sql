-- Coordination of many workers on one PostgreSQL store: run state, not history (never exported,
-- not part of the numbered schema both backends share). Idempotent: applied after the numbered
-- migrations, under the same advisory lock, every time a process opens the store.

-- A worker's claim on a feed for one round: taken with SELECT … FOR UPDATE SKIP LOCKED, renewed
-- while the feed is polled, expiring so a dead worker's feeds are taken over.
CREATE TABLE IF NOT EXISTS feed_claims (
  feed_id    TEXT PRIMARY KEY,
  round      TEXT NOT NULL,      -- the schedule slot (or one-off run) the claim belongs to
  holder     TEXT,               -- null once the feed is done for its round
  expires_at BIGINT NOT NULL,    -- ms since epoch
  done       BOOLEAN NOT NULL DEFAULT false
);

-- Per-host politeness across workers: at most fetch.perHost requests to a host at a time, whichever
-- worker; one row per slot, keyed `host#slot`.
CREATE TABLE IF NOT EXISTS host_leases (
  host       TEXT PRIMARY KEY,
  holder     TEXT NOT NULL,
  expires_at BIGINT NOT NULL
);

-- Bumped around every write transaction: the server's pages are keyed by it (SQLite: data_version).
CREATE SEQUENCE IF NOT EXISTS store_revision;

