-- Why a version was published, in each language ("fee updated by the 2027 revenue law"):
-- shown in the public change history and the Atom feed.
ALTER TABLE procedure_version ADD COLUMN reason jsonb;
CREATE INDEX procedure_version_published_idx ON procedure_version (published_at DESC);
