-- What room-hire charges need: when a booking or one of its dates was called off, and whether a date called off by
-- its organisation after the cut-off is still charged. Runs unchanged on Apache Derby and PostgreSQL.

ALTER TABLE booking ADD COLUMN cancelled_at BIGINT;

ALTER TABLE occurrence ADD COLUMN cancelled_at BIGINT;

ALTER TABLE occurrence ADD COLUMN charged_late BOOLEAN DEFAULT FALSE NOT NULL;

CREATE INDEX occurrence_date_idx ON occurrence (occurs_on);
