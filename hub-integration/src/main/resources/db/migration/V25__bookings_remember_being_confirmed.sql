-- Whether the hub ever confirmed a booking: a request called off while it waited stays the asking organisation's own
-- business, like a pending or declined one, although its status is CANCELLED as a confirmed booking's would be.
-- Bookings called off before now count as confirmed when their history says the hub booked or approved them (a
-- continuation staff made directly says neither: it errs on the private side).
-- Runs unchanged on Apache Derby and PostgreSQL.

ALTER TABLE booking ADD COLUMN confirmed_once BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE booking SET confirmed_once = TRUE
WHERE status = 'CONFIRMED'
   OR (status = 'CANCELLED' AND EXISTS (SELECT 1 FROM booking_change c
                                       WHERE c.booking_id = booking.id AND c.change_kind IN ('BOOKED', 'APPROVED')));
