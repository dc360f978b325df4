-- A series changed from one date on ends before that date, and a new booking carries the changed dates from it:
-- the new booking names the one it continues. Runs unchanged on Apache Derby and PostgreSQL.

ALTER TABLE booking ADD COLUMN follows_booking_id BIGINT;

ALTER TABLE booking ADD CONSTRAINT booking_follows_fk FOREIGN KEY (follows_booking_id) REFERENCES booking (id);

CREATE INDEX booking_follows_idx ON booking (follows_booking_id);
