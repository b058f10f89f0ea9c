-- Chat satisfaction (issue 12): the visitor rates a finished chat 1–5 with an optional comment, once.
-- Kept with the case (the dashboard counts them); the comment is personal data and goes with erasure.
ALTER TABLE desk_case ADD COLUMN rating smallint CHECK (rating BETWEEN 1 AND 5);
ALTER TABLE desk_case ADD COLUMN rating_comment text CHECK (rating_comment IS NULL OR length(rating_comment) <= 1000);
ALTER TABLE desk_case ADD COLUMN rated_at timestamptz;
