-- Public service dashboard (issue 15). PostgreSQL 15 compatible.
-- The figures are computed by a scheduled job (one run at a time across processes) into one row;
-- every process keeps that row in memory and serves the dashboard from its response cache, so a
-- page view never scans the cases.
CREATE TABLE dashboard_snapshot (
  id smallint PRIMARY KEY CHECK (id = 1),
  figures jsonb NOT NULL,
  computed_at timestamptz NOT NULL
);

-- Searches that found nothing: the normalised query and the day, with a count. No address, no
-- session, nothing that links a query to a person; only queries counted 5 times or more are shown.
CREATE TABLE search_miss (
  day date NOT NULL,
  query text NOT NULL CHECK (length(query) BETWEEN 1 AND 100),
  count integer NOT NULL CHECK (count > 0),
  PRIMARY KEY (day, query)
);
