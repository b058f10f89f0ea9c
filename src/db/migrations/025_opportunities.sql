-- Economic opportunities (issue 14, part 3; docs/decisions/027): development corridors and poles,
-- federal and state incentives. A catalogue document like a sector guide: seeded, then edited
-- through drafts and review, each publication in the public change log. PostgreSQL 15 compatible.
CREATE TABLE opportunity (
  id text PRIMARY KEY,
  type text NOT NULL CHECK (type IN ('corridor', 'pole', 'federal-incentive', 'state-incentive')),
  doc jsonb NOT NULL,
  seed_hash text,
  edited_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Drafts and change-log lines of the new kind. Other branches widen the same checks in parallel,
-- so the new value is added to whatever list the check holds now (never a fixed list that would
-- drop another branch's kind, whichever migration runs last). One line: migrate.ts splits on
-- semicolons at the end of a line.
DO $$ DECLARE t text; c text; def text; BEGIN FOREACH t IN ARRAY ARRAY['editorial_draft', 'document_change'] LOOP c := t || '_entity_type_check'; SELECT pg_get_constraintdef(oid) INTO def FROM pg_constraint WHERE conname = c AND conrelid = t::regclass; IF def IS NOT NULL AND position('''opportunity''' IN def) = 0 THEN EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', t, c); EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I %s', t, c, replace(def, 'ARRAY[', 'ARRAY[''opportunity''::text, ')); END IF; END LOOP; END $$;
