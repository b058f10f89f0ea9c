-- Desk teams and routing rules as data (issue 11, item 4), editable by an administrator. A rule sends
-- the cases it matches (by request type, state, sector prefix, language; empty = any) to a team; the
-- first matching rule by position wins; no rule: the state's officers, else the advisors in general.
-- A team's cases are read by its members (and the officers of the case's state), not by other advisors.
CREATE TABLE desk_team (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_es text NOT NULL CHECK (length(btrim(name_es)) BETWEEN 1 AND 120),
  name_en text NOT NULL CHECK (length(btrim(name_en)) BETWEEN 1 AND 120),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE desk_team_member (
  team_id text NOT NULL REFERENCES desk_team (id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
  PRIMARY KEY (team_id, account_id)
);
CREATE INDEX desk_team_member_account_idx ON desk_team_member (account_id);

CREATE TABLE desk_routing_rule (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  position integer NOT NULL CHECK (position BETWEEN 1 AND 10000),
  kind text CHECK (kind IS NULL OR kind IN ('question', 'orientation', 'meeting', 'obstacle')),
  state_code char(2) CHECK (state_code IS NULL OR state_code ~ '^(0[1-9]|[12][0-9]|3[0-2])$'),
  scian_prefix text CHECK (scian_prefix IS NULL OR scian_prefix ~ '^[0-9]{2,6}$'),
  locale text CHECK (locale IS NULL OR locale IN ('es', 'en')),
  team_id text NOT NULL REFERENCES desk_team (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE desk_case ADD COLUMN team_id text REFERENCES desk_team (id) ON DELETE SET NULL;
CREATE INDEX desk_case_team_idx ON desk_case (team_id, created_at DESC);
