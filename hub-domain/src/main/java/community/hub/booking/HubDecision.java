package community.hub.booking;

import java.time.LocalDate;

/**
 * Something the hub decided about an organisation's booking that the organisation should hear about: a request
 * approved or declined, or the hub calling off the booking or some of its dates. Fired inside the change's own
 * transaction, so an observer that records it records it exactly when the change commits.
 *
 * @param bookingId the booking
 * @param kind      what happened
 * @param date      the date called off, or the first of the dates called off, or the one date moved; none for the
 *                  other kinds
 * @param reason    why a request was declined; none for the other kinds
 * @param requestId for a move approved, the request that asked for it: it has done its work and goes, and what was
 *                  written about it now belongs to the booking; none for the other kinds
 */
public record HubDecision(long bookingId, Kind kind, LocalDate date, String reason, Long requestId) {

    /** What the hub did. */
    public enum Kind {
        APPROVED,
        /** A move of the booking, or of one of its dates, that the organisation asked for was approved and made. */
        MOVE_APPROVED,
        DECLINED,
        CANCELLED_BY_HUB,
        DATE_CANCELLED_BY_HUB,
        DATES_CANCELLED_BY_HUB_FROM
    }

    public static HubDecision approved(Booking booking) {
        return new HubDecision(booking.getId(), Kind.APPROVED, null, null, null);
    }

    /** The move the given request asked for was made to the booking; the request goes. */
    public static HubDecision moveApproved(Booking booking, Booking request) {
        return new HubDecision(
                booking.getId(),
                Kind.MOVE_APPROVED,
                request.getChangeRequest().movesDate().orElse(null),
                null,
                request.getId());
    }

    public static HubDecision declined(Booking booking) {
        return new HubDecision(booking.getId(), Kind.DECLINED, null, booking.getDecisionReason(), null);
    }

    public static HubDecision cancelledByHub(Booking booking) {
        return new HubDecision(booking.getId(), Kind.CANCELLED_BY_HUB, null, null, null);
    }

    public static HubDecision dateCancelledByHub(Booking booking, LocalDate date) {
        return new HubDecision(booking.getId(), Kind.DATE_CANCELLED_BY_HUB, date, null, null);
    }

    public static HubDecision datesCancelledByHubFrom(Booking booking, LocalDate date) {
        return new HubDecision(booking.getId(), Kind.DATES_CANCELLED_BY_HUB_FROM, date, null, null);
    }
}
