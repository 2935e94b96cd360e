-- Schema version 5: retention per feed (limits.articlesPerFeed) counts and prunes a feed's
-- articles, oldest last sighting first, on every poll: an index, not a scan of every article.
CREATE INDEX IF NOT EXISTS articles_feed_seen ON articles (feed_id, last_seen_in_feed_at);
