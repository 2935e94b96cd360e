-- Coordination of many workers on one PostgreSQL store: run state, not history (never exported,
-- not part of the numbered schema both backends share). Idempotent: applied after the numbered
-- migrations, under the same advisory lock, every time a process opens the store.

-- A worker's claim on a feed for one round: taken with SELECT … FOR UPDATE SKIP LOCKED, renewed
-- while the feed is polled; free once its holder's session ends or it expires (workers.claimSeconds).
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

-- The session key of the connection that holds a claim or a host lease (src/store/claims.ts): the
-- connection holds an advisory lock on it while it lives, so a claim or lease whose key has no
-- lock any more belongs to a worker that is gone, and is free at once.
ALTER TABLE feed_claims ADD COLUMN IF NOT EXISTS session BIGINT;
ALTER TABLE host_leases ADD COLUMN IF NOT EXISTS session BIGINT;

-- Bumped around every write transaction: the server's pages are keyed by it (SQLite: data_version).
CREATE SEQUENCE IF NOT EXISTS store_revision;

