-- Desk intake without global locks (issue 11 benchmark): folio numbers come from one sequence per
-- year (created on first use; a failed submission leaves a gap, numbers stay unique and increasing),
-- and the per-address daily allowance is a counter row bumped in its own statement — atomic across
-- processes, and held for one statement instead of the whole submission.
CREATE TABLE desk_address_count (
  -- HMAC of the UTC day and the address (see reports/address.ts): a new row per address per day.
  ip_hash text PRIMARY KEY,
  n integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX desk_address_count_created_idx ON desk_address_count (created_at);
DROP TABLE desk_folio_counter;
