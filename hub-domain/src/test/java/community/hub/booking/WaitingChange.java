package community.hub.booking;

import static org.assertj.core.api.Assertions.assertThat;

/** A change a tenant asked for, while the hub decides: it waits beside a booking that has not changed yet. */
final class WaitingChange {

    private WaitingChange() {}

    static void assertWaitsBeside(Booking booking, Booking asked) {
        assertThat(booking.getSequence())
                .as("nothing calendars show has changed yet")
                .isZero();
        assertThat(booking.getHistory())
                .extracting(HistoryEntry::getKind)
                .containsExactly(HistoryEntry.Kind.BOOKED, HistoryEntry.Kind.CHANGE_REQUESTED);
        assertThat(booking.changes().waiting()).containsSame(asked);
    }
}
