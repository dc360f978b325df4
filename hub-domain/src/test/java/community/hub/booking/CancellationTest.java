package community.hub.booking;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.HubTime;
import community.hub.room.Room;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Calling dates off: an organisation that does it within the cut-off still pays; the hub never charges for it. */
class CancellationTest {

    private static final Duration CUT_OFF = Duration.ofHours(48);
    private static final Room CLINIC = BookingRulesTest.clinic(1);

    /** Weekly on Tuesdays 10:00-12:00 from 2 March 2027, four dates. */
    static Booking weeklyClinic(BookingStatus status) {
        BookingRequest request = BookingRulesTest.request(
                "Weekly clinic", LocalDateTime.of(2027, 3, 2, 10, 0), LocalDateTime.of(2027, 3, 2, 12, 0));
        request.setRecurrence(Recurrence.weeklyTimes(1, 4, DayOfWeek.TUESDAY));
        return new Booking(
                request,
                CLINIC,
                null,
                BookingRules.slots(request),
                status,
                "camhs",
                HubTime.instant(LocalDate.of(2027, 1, 4), LocalTime.NOON));
    }

    static Instant at(int day, int hour) {
        return HubTime.instant(LocalDate.of(2027, 3, day), LocalTime.of(hour, 0));
    }

    static Cancellation byTenant(Instant at) {
        return new Cancellation("camhs", at, true, CUT_OFF);
    }

    @Test
    void aDateCalledOffByItsOrganisationInsideTheCutOffIsStillCharged() {
        Booking clinic = weeklyClinic(BookingStatus.CONFIRMED);

        clinic.dates().cancel(LocalDate.of(2027, 3, 9), byTenant(at(7, 11)));

        Occurrence ninth = clinic.dates().on(LocalDate.of(2027, 3, 9)).orElseThrow();
        assertThat(ninth.isCancelled()).isTrue();
        assertThat(ninth.holdsRoom()).isFalse();
        assertThat(ninth.isChargedLate()).isTrue();
    }

    @Test
    void aDateCalledOffBeforeTheCutOffIsFree() {
        Booking clinic = weeklyClinic(BookingStatus.CONFIRMED);

        clinic.dates().cancel(LocalDate.of(2027, 3, 9), byTenant(at(7, 9)));

        assertThat(clinic.dates().on(LocalDate.of(2027, 3, 9)).orElseThrow().isChargedLate())
                .isFalse();
    }

    @Test
    void theHubCallingADateOffNeverChargesForIt() {
        Booking clinic = weeklyClinic(BookingStatus.CONFIRMED);

        clinic.dates().cancelFrom(LocalDate.of(2027, 3, 9), Cancellation.byHub("staff", at(9, 8)));

        assertThat(clinic.getOccurrences()).noneMatch(Occurrence::isChargedLate);
        assertThat(clinic.getOccurrences())
                .extracting(Occurrence::isCancelled)
                .containsExactly(false, true, true, true);
    }

    @Test
    void aRequestStillWaitingForADecisionIsNeverCharged() {
        Booking request = weeklyClinic(BookingStatus.PENDING);

        request.cancel(byTenant(at(8, 12)));

        assertThat(request.getOccurrences()).noneMatch(Occurrence::isChargedLate);
    }

    @Test
    void cancellingAWholeSeriesLateChargesOnlyTheDatesInsideTheCutOff() {
        Booking clinic = weeklyClinic(BookingStatus.CONFIRMED);

        clinic.dates().cancelFrom(LocalDate.of(2027, 3, 23), byTenant(at(8, 9)));
        clinic.cancel(byTenant(at(8, 9)));

        assertThat(clinic.getStatus()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(clinic.cancelledAt()).contains(at(8, 9));
        assertThat(clinic.getOccurrences())
                .extracting(Occurrence::isChargedLate)
                .containsExactly(false, true, false, false);
        assertThat(clinic.getOccurrences()).noneMatch(Occurrence::holdsRoom);
    }
}
