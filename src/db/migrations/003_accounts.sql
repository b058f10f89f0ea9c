-- Staff accounts, roles and state scopes, invitations, password resets, database
-- sessions, the append-only audit trail and the mail outbox (issue 5, first slice).
-- PostgreSQL 15 compatible. Tokens and session ids are stored as SHA-256 hashes only:
-- a copy of the database does not let anyone sign in or use a link.

CREATE TABLE staff_account (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL CHECK (email = btrim(email) AND email LIKE '%_@_%'),
  display_name text NOT NULL CHECK (length(btrim(display_name)) > 0),
  -- argon2id PHC string.
  password_hash text NOT NULL,
  locale text NOT NULL DEFAULT 'es' CHECK (locale IN ('es', 'en')),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  totp_secret text,
  totp_enabled boolean NOT NULL DEFAULT false CHECK (NOT totp_enabled OR totp_secret IS NOT NULL),
  -- Last accepted TOTP time step: a code is never accepted twice (replay).
  totp_last_step bigint,
  failed_logins integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- E-mail is unique regardless of case.
CREATE UNIQUE INDEX staff_account_email_key ON staff_account (lower(email));

CREATE TABLE staff_role (
  account_id uuid NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('admin', 'editor', 'reviewer', 'advisor', 'state-officer')),
  PRIMARY KEY (account_id, role)
);

-- The states (INEGI codes) a state officer may act on.
CREATE TABLE staff_state_scope (
  account_id uuid NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
  state_code char(2) NOT NULL CHECK (state_code ~ '^(0[1-9]|[12][0-9]|3[0-2])$'),
  PRIMARY KEY (account_id, state_code)
);

CREATE TABLE staff_invitation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL CHECK (email = btrim(email) AND email LIKE '%_@_%'),
  display_name text NOT NULL,
  locale text NOT NULL DEFAULT 'es' CHECK (locale IN ('es', 'en')),
  token_hash text NOT NULL UNIQUE,
  roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'editor', 'reviewer', 'advisor', 'state-officer']::text[]),
  states text[] NOT NULL DEFAULT '{}',
  -- NULL: created by the operator's command line (npm run admin:create).
  invited_by uuid REFERENCES staff_account (id),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  revoked_at timestamptz,
  account_id uuid REFERENCES staff_account (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX staff_invitation_email_idx ON staff_invitation (lower(email));

CREATE TABLE password_reset (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Sessions live in the database so any number of web processes can serve a user.
CREATE TABLE staff_session (
  id_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  idle_expires_at timestamptz NOT NULL,
  absolute_expires_at timestamptz NOT NULL,
  csrf_secret text NOT NULL,
  -- Password accepted, second factor still to give.
  totp_pending boolean NOT NULL DEFAULT false,
  -- A TOTP secret being enrolled; copied to the account once a code proves it.
  enrol_totp_secret text,
  user_agent text,
  ip text
);

CREATE INDEX staff_session_account_idx ON staff_session (account_id);

-- The audit trail: one row per mutation, written in the mutation's transaction.
CREATE TABLE audit_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  -- NULL actor: the system or the operator's command line; actor_label says which.
  actor_id uuid REFERENCES staff_account (id),
  actor_label text NOT NULL,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text,
  before jsonb,
  after jsonb,
  request_id text
);

CREATE INDEX audit_event_at_idx ON audit_event (at DESC, id DESC);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_id);

-- Append-only for everyone, superusers included (a REVOKE would not bind the owner).
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege'; END $$;

CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- Mail is queued in the transaction that causes it and delivered after commit.
CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  to_address text NOT NULL,
  locale text NOT NULL CHECK (locale IN ('es', 'en')),
  template text NOT NULL,
  subject text NOT NULL,
  -- Cleared after SMTP delivery: bodies carry one-time links.
  body_text text,
  created_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  sent_at timestamptz,
  transport text,
  last_error text
);

CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;
