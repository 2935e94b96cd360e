-- Schema version 3 (twin of store/migrations/003_finding_trace.sql): what made each finding, and denials.
ALTER TABLE findings ADD COLUMN denied INTEGER NOT NULL DEFAULT 0;
ALTER TABLE findings ADD COLUMN rule TEXT;
ALTER TABLE findings ADD COLUMN mention TEXT;
ALTER TABLE findings ADD COLUMN date_phrase TEXT;
