-- "Was this page useful?" (issue 13, item 8): one row per answer, with nothing about the person —
-- no address, no time of day, no session: the page (a normalised path, plan ids replaced by a
-- placeholder), its section and language, yes or no, an optional comment, and the day.
CREATE TABLE page_feedback (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  path text NOT NULL CHECK (length(path) BETWEEN 2 AND 300),
  section text NOT NULL CHECK (section ~ '^[a-z][a-zA-Z]{1,30}$'),
  locale text NOT NULL CHECK (locale IN ('es', 'en')),
  useful boolean NOT NULL,
  comment text CHECK (comment IS NULL OR length(comment) BETWEEN 1 AND 1200),
  day date NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')::date
);
CREATE INDEX page_feedback_path_idx ON page_feedback (path);
CREATE INDEX page_feedback_day_idx ON page_feedback (day);

-- The per-address daily allowance, apart from the answers so that no answer can be tied to an
-- address: an HMAC of the UTC day and the address (its own key, so the count cannot be matched
-- with the desk's or the error reports'), bumped in the statement that stores the answer.
CREATE TABLE page_feedback_quota (
  ip_hash text PRIMARY KEY,
  n integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX page_feedback_quota_created_idx ON page_feedback_quota (created_at);
