-- Schema version 6 (twin of store/migrations/006_update_agreements_seq.sql): every feed entry looks
-- up its agreements by sequence number, and the key of update_agreements is (agreement_id, seq).
CREATE INDEX IF NOT EXISTS update_agreements_seq ON update_agreements (seq);
