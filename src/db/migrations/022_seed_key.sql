-- The key of the last seed applied in full (issue 9, start-up): a hash of the shipped catalogue and
-- of the code that validates and writes it. A start whose seed has the same key skips the seed
-- (validation and one upsert per row, ~0.7 s) because it would write nothing. PostgreSQL 15 compatible.
ALTER TABLE catalogue_revision ADD COLUMN seed_key text;
