-- Schema version 9: the search index (008) is filled once per write transaction instead of by a
-- trigger per inserted version. The store's write() ends every transaction that stored versions
-- with one INSERT … SELECT of them into versions_fts (src/store/articles.ts, indexNewVersions), so
-- search is as current as before at every commit; an import fills it at its end (backend
-- afterImport). Measured on 2,000 of the bench's feed texts, 25 per transaction: the trigger cost
-- 150–189 µs of CPU per version, the per-transaction fill 73–80 µs (issue 17, bench/README.md).
-- The delete and update triggers stay: they act on versions already indexed.
DROP TRIGGER IF EXISTS versions_fts_insert;
