-- Retention per inbox (issue 11, item 7): a team may keep its closed cases' personal data for a
-- period of its own (e.g. a state's shorter rule); empty = the site's DESK_RETENTION_DAYS.
ALTER TABLE desk_team ADD COLUMN retention_days integer CHECK (retention_days IS NULL OR retention_days BETWEEN 30 AND 3650);
