-- Ask the desk (issue 11): cases with a folio, their conversation, and per-year folio counters.
-- One conversation model for every channel (web form, API, later chat): a case and its messages.
-- PostgreSQL 15 compatible.

-- Folios are sequential per year (VU-2026-000123): one row per year, incremented with
-- UPDATE … RETURNING inside the transaction that creates the case, so numbers are unique across
-- processes and a rolled-back submission gives its number back.
CREATE TABLE desk_folio_counter (
  year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2999),
  last_seq integer NOT NULL DEFAULT 0 CHECK (last_seq >= 0)
);

CREATE TABLE desk_case (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  folio text NOT NULL UNIQUE CHECK (folio ~ '^VU-[0-9]{4}-[0-9]{6,}$'),
  kind text NOT NULL CHECK (kind IN ('question', 'orientation', 'meeting', 'obstacle')),
  channel text NOT NULL CHECK (channel IN ('web', 'api', 'chat')),
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'assigned', 'answered', 'waiting', 'closed')),
  locale text NOT NULL CHECK (locale IN ('es', 'en')),
  -- Routing facts: the state (INEGI code) the case is about, if any; the topic's sector; the procedure.
  state_code char(2) CHECK (state_code ~ '^(0[1-9]|[12][0-9]|3[0-2])$'),
  scian text CHECK (scian ~ '^[0-9]{6}$'),
  procedure_id text,
  roadmap_id text,
  -- Kind-specific answers (size, stage, preferred dates…), validated by the form schema.
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- Personal data, erasable (set to NULL / replaced) by the retention job and on request.
  name text,
  email text,
  organisation text,
  -- SHA-256 of the secret tracking token: the token itself is never stored.
  token_hash text NOT NULL UNIQUE,
  -- A retried submission (same key) finds its case instead of creating a second one.
  idempotency_key text UNIQUE CHECK (idempotency_key IS NULL OR length(idempotency_key) BETWEEN 8 AND 200),
  ip_hash text,
  assignee_id uuid REFERENCES staff_account (id),
  first_response_due timestamptz NOT NULL,
  first_response_at timestamptz,
  resolution text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  anonymised_at timestamptz
);
CREATE INDEX desk_case_status_idx ON desk_case (status, created_at DESC);
CREATE INDEX desk_case_state_idx ON desk_case (state_code, created_at DESC);
CREATE INDEX desk_case_assignee_idx ON desk_case (assignee_id, status);
CREATE INDEX desk_case_ip_idx ON desk_case (ip_hash, created_at);

CREATE TABLE desk_message (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES desk_case (id) ON DELETE CASCADE,
  -- investor: the person who asked; staff: an advisor or officer; system: status changes.
  author_kind text NOT NULL CHECK (author_kind IN ('investor', 'staff', 'system')),
  author_id uuid REFERENCES staff_account (id),
  -- Internal notes are for staff only: never shown on the tracking page, the API or in mails.
  internal boolean NOT NULL DEFAULT false CHECK (NOT internal OR author_kind = 'staff'),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX desk_message_case_idx ON desk_message (case_id, created_at);
