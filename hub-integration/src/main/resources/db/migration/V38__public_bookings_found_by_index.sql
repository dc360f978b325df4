-- The public feeds read the public bookings only. Without this index Derby reads every booking to find them, so
-- rebuilding the hub's feed after a change grew with every private booking stored (measured: 0.86 s with 76,000).
CREATE INDEX booking_visibility_idx ON booking (visibility);
