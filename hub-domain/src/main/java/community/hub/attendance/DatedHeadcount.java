package community.hub.attendance;

import java.time.LocalDate;

/** The headcount for one date of a booking (the date its series gave it), one of several recorded together. */
public record DatedHeadcount(long bookingId, LocalDate date, Headcount headcount) {}
