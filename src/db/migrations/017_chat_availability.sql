-- Live chat availability (issue 12, items 2–3). PostgreSQL 15 compatible.
-- An advisor's presence: online (give me chats) or away (keep mine, no new ones), how many chats at
-- once, and in which languages. `seen_at` is refreshed by the console's heartbeat: an "online"
-- advisor not seen for the presence timeout (a closed browser, a dead server process) counts as
-- gone, and the chats assigned to them go back to the queue.
CREATE TABLE desk_presence (
  account_id uuid PRIMARY KEY REFERENCES staff_account (id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'away' CHECK (status IN ('online', 'away')),
  max_chats smallint NOT NULL DEFAULT 3 CHECK (max_chats BETWEEN 1 AND 10),
  languages text[] NOT NULL DEFAULT ARRAY['es']::text[]
    CHECK (cardinality(languages) BETWEEN 1 AND 2 AND languages <@ ARRAY['es', 'en']::text[]),
  seen_at timestamptz NOT NULL DEFAULT now()
);

-- A team's own chat hours in Mexico City time (whole hours, ISO weekdays 1 = Monday … 7 = Sunday);
-- empty = the desk's business hours. Official rest days (LFT art. 74) are closed for every team.
ALTER TABLE desk_team ADD COLUMN chat_opens smallint CHECK (chat_opens BETWEEN 0 AND 23);
ALTER TABLE desk_team ADD COLUMN chat_closes smallint CHECK (chat_closes BETWEEN 1 AND 24);
ALTER TABLE desk_team ADD COLUMN chat_days smallint[] CHECK (chat_days IS NULL OR (cardinality(chat_days) BETWEEN 1 AND 7 AND chat_days <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[]));
ALTER TABLE desk_team ADD CONSTRAINT desk_team_chat_hours CHECK (
  (chat_opens IS NULL AND chat_closes IS NULL AND chat_days IS NULL)
  OR (chat_opens IS NOT NULL AND chat_closes IS NOT NULL AND chat_days IS NOT NULL AND chat_opens < chat_closes));

-- The queue the dispatcher reads: chats nobody has, oldest first.
CREATE INDEX desk_case_chat_queue_idx ON desk_case (created_at, id) WHERE channel = 'chat' AND status = 'received' AND assignee_id IS NULL;
