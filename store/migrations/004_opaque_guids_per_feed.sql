-- Schema version 4: opaque guids ("12345") are namespaced by feed, no longer by feed host, so two
-- publishers on one feed host (FeedBurner, Substack) never merge by accident. Keys of the form
-- `guid:<host of the owning feed>/<guid>` (a local feed: `guid:<its path>/<guid>`) become
-- `item:<feed id>/<guid>`, the form the parse stage now gives, so existing articles keep their
-- histories. Globally unique URI guids (`guid:tag:…`, `guid:urn:…`) and URL keys are untouched.
UPDATE articles
   SET key = 'item:' || articles.feed_id || '/' || substr(articles.key, length(ns.prefix) + 1)
  FROM (
    SELECT id AS feed_id,
           'guid:' || CASE
             WHEN url LIKE 'http://%' OR url LIKE 'https://%' THEN (
               -- the host[:port] of a normalised URL: after "//", before the next "/", after any "user@"
               SELECT substr(authority, instr(authority, '@') + 1)
                 FROM (SELECT CASE WHEN instr(rest, '/') > 0 THEN substr(rest, 1, instr(rest, '/') - 1) ELSE rest END AS authority
                         FROM (SELECT substr(url, instr(url, '//') + 2) AS rest))
             )
             WHEN url LIKE 'file://%' THEN substr(url, 8)
             ELSE url
           END || '/' AS prefix
      FROM feeds
  ) AS ns
 WHERE ns.feed_id = articles.feed_id
   AND substr(articles.key, 1, length(ns.prefix)) = ns.prefix;
