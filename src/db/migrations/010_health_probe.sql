-- One row that /healthz rewrites (at most once a second per process) to prove the database
-- accepts writes: a server that answers SELECT 1 but refuses every write (read-only, disk full,
-- a standby after failover) is not healthy (issue 9, finding 11).
CREATE TABLE health_probe (
  id integer PRIMARY KEY CHECK (id = 1),
  checked_at timestamptz NOT NULL
);
INSERT INTO health_probe (id, checked_at) VALUES (1, now());
