-- The published document a draft started from, kept with the draft so that, when
-- another version is published meanwhile, the draft can be brought up to date by a
-- three-way merge (src/editorial/merge.ts). NULL for drafts created before this
-- migration: those can only be withdrawn and started again.
ALTER TABLE editorial_draft ADD COLUMN base_doc jsonb;
