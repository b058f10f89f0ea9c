-- The editorial workflow (issue 5, second slice): drafts of catalogue documents that a
-- second person reviews and publishes, and the public's error reports. PostgreSQL 15
-- compatible. See docs/decisions/013 (drafts and review) and 014 (the anonymous form).

-- A proposed version of one catalogue document (a procedure, or a state page), whole:
-- the draft holds the full document it would publish, not a patch.
CREATE TABLE editorial_draft (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_type text NOT NULL CHECK (entity_type IN ('procedure', 'state')),
  -- procedure.id, or state.code.
  entity_id text NOT NULL,
  doc jsonb NOT NULL,
  -- What the draft started from: the procedure's version (NULL for state pages, which
  -- have no versions) and the row's updated_at. Publishing refuses when either moved on.
  base_version integer,
  base_updated_at timestamptz NOT NULL,
  -- Bumped by every edit: a reviewer approves the revision they saw, not a later one.
  revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
  author_id uuid NOT NULL REFERENCES staff_account (id),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'changes-requested', 'approved', 'published', 'withdrawn')),
  reviewer_id uuid REFERENCES staff_account (id),
  reviewer_comment text CHECK (reviewer_comment IS NULL OR length(reviewer_comment) <= 4000),
  -- Why the change is made, shown publicly with the version; both required to submit.
  reason_es text NOT NULL DEFAULT '' CHECK (length(reason_es) <= 1000),
  reason_en text NOT NULL DEFAULT '' CHECK (length(reason_en) <= 1000),
  published_version integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  submitted_at timestamptz,
  reviewed_at timestamptz,
  published_at timestamptz,
  withdrawn_at timestamptz,
  CHECK (status <> 'published' OR (published_at IS NOT NULL AND reviewer_id IS NOT NULL)),
  -- A second pair of eyes: the database refuses a self-review too.
  CHECK (reviewer_id IS NULL OR reviewer_id <> author_id)
);

-- At most one open draft per document: a second editor finds the first one's work
-- instead of starting a parallel version that would conflict at publication.
CREATE UNIQUE INDEX editorial_draft_open_key ON editorial_draft (entity_type, entity_id)
  WHERE status IN ('draft', 'submitted', 'changes-requested', 'approved');
CREATE INDEX editorial_draft_status_idx ON editorial_draft (status, updated_at DESC);
CREATE INDEX editorial_draft_entity_idx ON editorial_draft (entity_type, entity_id, created_at DESC);

-- "Report an error in this information": one row per report from the public site.
CREATE TABLE error_report (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Shown to the reporter on the confirmation page (e.g. R-7K3F9Q2M).
  reference text NOT NULL UNIQUE CHECK (reference ~ '^R-[0-9A-Z]{8}$'),
  procedure_id text NOT NULL REFERENCES procedure (id),
  step_number integer CHECK (step_number IS NULL OR step_number >= 1),
  message text NOT NULL CHECK (length(btrim(message)) BETWEEN 1 AND 2000),
  contact_email text CHECK (contact_email IS NULL OR (length(contact_email) <= 254 AND contact_email LIKE '%_@_%')),
  locale text NOT NULL CHECK (locale IN ('es', 'en')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  resolution_note text CHECK (resolution_note IS NULL OR length(resolution_note) <= 2000),
  resolved_by uuid REFERENCES staff_account (id),
  resolved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- HMAC of the client address and the day, keyed by a secret in site_secret: counts
  -- reports per address per day across processes; unlinkable across days.
  ip_hash text NOT NULL,
  CHECK ((status = 'resolved') = (resolved_at IS NOT NULL AND resolution_note IS NOT NULL))
);

CREATE INDEX error_report_queue_idx ON error_report (status, created_at DESC);
CREATE INDEX error_report_procedure_idx ON error_report (procedure_id);
CREATE INDEX error_report_ip_idx ON error_report (ip_hash, created_at);

-- Server-side secrets created at first use (the report address key).
CREATE TABLE site_secret (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
