-- Schema version 5 (twin of store/migrations/005_feed_retention.sql).
CREATE INDEX IF NOT EXISTS articles_feed_seen ON articles (feed_id, last_seen_in_feed_at);
