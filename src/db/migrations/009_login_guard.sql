-- Failed sign-ins for e-mail addresses that have no active account, counted like an
-- account's own (staff_account.failed_logins / locked_until), so an unknown address gets the
-- same answers (401, then 423 while "locked") and cannot be told apart from a real one.
-- Keyed by a SHA-256 of the normalised address: the addresses themselves are not kept.
-- Rows whose lock has ended are deleted by the housekeeping after sign-in. See ADR 017.
CREATE TABLE login_guard (
  email_key text PRIMARY KEY,
  failed_logins integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
  locked_until timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_guard_updated_idx ON login_guard (updated_at);
