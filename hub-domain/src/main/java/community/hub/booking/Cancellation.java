package community.hub.booking;

import java.time.Duration;
import java.time.Instant;

/**
 * Who calls a booking (or some of its dates) off, and when. An organisation that calls off a confirmed date less
 * than the cut-off before it starts is still charged for it: the room was kept for it and can rarely be let again.
 * The hub calling a date off never charges anyone.
 *
 * @param by             the username of whoever cancels
 * @param at             when
 * @param byOrganisation whether the booking's own organisation cancels (not hub staff)
 * @param cutOff         how long before its start a date can still be cancelled free of charge
 */
public record Cancellation(String by, Instant at, boolean byOrganisation, Duration cutOff) {

    /** Hub staff call it off: nobody is charged. */
    public static Cancellation byHub(String by, Instant at) {
        return new Cancellation(by, at, false, Duration.ZERO);
    }

    /** Whether calling off this occurrence of a booking in the given status is still charged. */
    boolean charges(Occurrence occurrence, BookingStatus status) {
        return byOrganisation
                && status == BookingStatus.CONFIRMED
                && occurrence.startsAt().isAfter(at)
                && occurrence.startsAt().isBefore(at.plus(cutOff));
    }
}
