-- The US ↔ Mexico certification and licence glossary (issue 14, part 1; docs/decisions/025): one
-- validated document per pair, seeded like the rest of the catalogue (seed_hash, edited_at) and
-- drafted, reviewed and published like sector guides. PostgreSQL 15 compatible: the checks are
-- replaced, not altered.
CREATE TABLE certification_pair (
  id text PRIMARY KEY,
  field text NOT NULL,
  doc jsonb NOT NULL,
  seed_hash text,
  edited_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX certification_pair_field_idx ON certification_pair (field);

ALTER TABLE editorial_draft DROP CONSTRAINT editorial_draft_entity_type_check;
ALTER TABLE editorial_draft ADD CONSTRAINT editorial_draft_entity_type_check
  CHECK (entity_type IN ('procedure', 'state', 'authority', 'office', 'law', 'sector', 'certification'));

ALTER TABLE document_change DROP CONSTRAINT document_change_entity_type_check;
ALTER TABLE document_change ADD CONSTRAINT document_change_entity_type_check
  CHECK (entity_type IN ('state', 'authority', 'office', 'law', 'sector', 'certification'));
