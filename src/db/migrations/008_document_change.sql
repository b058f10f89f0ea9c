-- The public change log of documents that have no versions of their own (state pages,
-- authorities, offices, laws, sector guides): one row per publication from the back
-- office, with its reason and its changes field by field in both languages, computed
-- when published. Procedures have procedure_version instead. See docs/decisions/015.
CREATE TABLE document_change (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entity_type text NOT NULL CHECK (entity_type IN ('state', 'authority', 'office', 'law', 'sector')),
  entity_id text NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  -- {"es": "...", "en": "..."}
  reason jsonb NOT NULL,
  -- {"es": [{"field", "before", "after"}], "en": [...]}
  changes jsonb NOT NULL
);
CREATE INDEX document_change_recent_idx ON document_change (published_at DESC, id DESC);
