-- Schema version 6: every feed entry looks up its agreements by sequence number, and the key of
-- update_agreements is (agreement_id, seq): without this index each lookup scanned the table
-- (2.5 s for a first /feed.atom render at 1,000,000 updates; with it, tens of ms).
CREATE INDEX IF NOT EXISTS update_agreements_seq ON update_agreements (seq);
