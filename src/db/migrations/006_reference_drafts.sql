-- Drafts of reference content too (authorities, their offices, laws, sector guides), reviewed and
-- published like procedures and state pages (docs/decisions/015). PostgreSQL 15
-- compatible: the check is replaced, not altered.
ALTER TABLE editorial_draft DROP CONSTRAINT editorial_draft_entity_type_check;
ALTER TABLE editorial_draft ADD CONSTRAINT editorial_draft_entity_type_check
  CHECK (entity_type IN ('procedure', 'state', 'authority', 'office', 'law', 'sector'));
