-- Schema version 3: a finding may deny its step ("has not yet been signed", "was only initialled,
-- not signed"). The timeline weighs denials against the claims of that step; 0 for every finding
-- made before, which all affirmed.
ALTER TABLE findings ADD COLUMN denied INTEGER NOT NULL DEFAULT 0;
