-- Schema version 9: nothing to do on PostgreSQL. SQLite's 009 replaces its search index's insert
-- trigger with a fill per write transaction; PostgreSQL's search is an expression index (008),
-- kept by the database itself. The number keeps both schemas in step (an export names its schema).
SELECT 1;
