-- The directory of suppliers, industrial parks, clusters and research/training centres (issue 14,
-- docs/decisions/026). An entry is a catalogue document without versions of its own, edited through
-- drafts like reference content. PostgreSQL 15 compatible: checks are replaced, not altered (the lists
-- include 023's certification pairs).
CREATE TABLE directory_entry (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  -- 'pending': a self-registration waiting for an editor's verification; never read by the public
  -- read model. 'published': verified and published by a reviewer (or shipped in the seed).
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'published')),
  seed_hash text,
  edited_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_entry_status_idx ON directory_entry (status, updated_at DESC);

-- A supplier's self-registration: the private address that must confirm it (never published), and a
-- hash of the confirmation token (the token itself is only in the e-mail).
CREATE TABLE directory_registration (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entry_id text NOT NULL UNIQUE REFERENCES directory_entry (id),
  email text NOT NULL CHECK (length(email) <= 254 AND email LIKE '%_@_%'),
  locale text NOT NULL CHECK (locale IN ('es', 'en')),
  token_hash text NOT NULL UNIQUE,
  confirmed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- Keyed hash of the day and the client address: registrations per address per day.
  address_key text NOT NULL
);
CREATE INDEX directory_registration_address_idx ON directory_registration (address_key, created_at);

ALTER TABLE editorial_draft DROP CONSTRAINT editorial_draft_entity_type_check;
ALTER TABLE editorial_draft ADD CONSTRAINT editorial_draft_entity_type_check
  CHECK (entity_type IN ('procedure', 'state', 'authority', 'office', 'law', 'sector', 'certification', 'directory'));
ALTER TABLE document_change DROP CONSTRAINT document_change_entity_type_check;
ALTER TABLE document_change ADD CONSTRAINT document_change_entity_type_check
  CHECK (entity_type IN ('state', 'authority', 'office', 'law', 'sector', 'certification', 'directory'));
