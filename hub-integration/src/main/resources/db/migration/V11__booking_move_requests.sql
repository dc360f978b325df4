-- A tenant moving a confirmed booking (the whole booking, or one date) that the hub decides for asks with a request of
-- its own that follows the booking, as a change of a series from one date on does; the booking stays as it was until
-- the hub approves. A booking that follows another says which change it is, and a move of one date which date it moves.
-- Bookings continuing a series from one date on (all that followed another before this) are DATES_FROM.
-- Runs unchanged on Apache Derby and PostgreSQL.

ALTER TABLE booking ADD COLUMN change_of VARCHAR(13);

ALTER TABLE booking ADD COLUMN moves_date DATE;

UPDATE booking SET change_of = 'DATES_FROM' WHERE follows_booking_id IS NOT NULL;
