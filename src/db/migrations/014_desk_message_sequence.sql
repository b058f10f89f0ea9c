-- Live chat (issue 12) shares the desk's conversation model: every message of a case gets the case's
-- next sequence number, so a client that reconnects asks for "everything after n" and sees each
-- message once, in order; a message sent by a client carries the client's own id, so a resend after a
-- lost acknowledgement is stored once. Existing messages are numbered in the order they were written.
-- PostgreSQL 15 compatible.
ALTER TABLE desk_case ADD COLUMN last_seq integer NOT NULL DEFAULT 0 CHECK (last_seq >= 0);
ALTER TABLE desk_message ADD COLUMN seq integer;
ALTER TABLE desk_message ADD COLUMN client_id text CHECK (client_id IS NULL OR client_id ~ '^[A-Za-z0-9_-]{8,64}$');

UPDATE desk_message m SET seq = x.n
  FROM (SELECT id, row_number() OVER (PARTITION BY case_id ORDER BY created_at, id) AS n FROM desk_message) x
 WHERE m.id = x.id;
UPDATE desk_case c SET last_seq = COALESCE((SELECT max(seq) FROM desk_message m WHERE m.case_id = c.id), 0);

ALTER TABLE desk_message ALTER COLUMN seq SET NOT NULL;
ALTER TABLE desk_message ADD CONSTRAINT desk_message_seq_positive CHECK (seq >= 1);
CREATE UNIQUE INDEX desk_message_case_seq_idx ON desk_message (case_id, seq);
DROP INDEX desk_message_case_idx;
-- One stored message per client id and side of the conversation.
CREATE UNIQUE INDEX desk_message_client_idx ON desk_message (case_id, author_kind, client_id) WHERE client_id IS NOT NULL;
