-- Schema version 4 (twin of store/migrations/004_opaque_guids_per_feed.sql): keys
-- `guid:<host of the owning feed>/<guid>` become `item:<feed id>/<guid>`. A PostgreSQL store is
-- never older than version 5 in practice (the backend came later); kept so the numbering matches.
UPDATE articles
   SET key = 'item:' || articles.feed_id || '/' || substr(articles.key, length(ns.prefix) + 1)
  FROM (
    SELECT id AS feed_id,
           'guid:' || CASE
             WHEN url LIKE 'http://%' OR url LIKE 'https://%' THEN substring(url FROM '^https?://(?:[^@/]*@)?([^/]*)')
             WHEN url LIKE 'file://%' THEN substr(url, 8)
             ELSE url
           END || '/' AS prefix
      FROM feeds
  ) AS ns
 WHERE ns.feed_id = articles.feed_id
   AND substr(articles.key, 1, length(ns.prefix)) = ns.prefix;
