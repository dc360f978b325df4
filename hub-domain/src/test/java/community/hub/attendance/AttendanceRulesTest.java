package community.hub.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.HubTime;
import community.hub.Refusal;
import community.hub.booking.ActivityType;
import community.hub.booking.Booking;
import community.hub.booking.BookingRequest;
import community.hub.booking.BookingRules;
import community.hub.booking.BookingStatus;
import community.hub.booking.Cancellation;
import community.hub.booking.Occurrence;
import community.hub.room.Room;
import community.hub.room.TestRoom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What attendance the hub takes for a session: a headcount for a date that took place, within sense. */
class AttendanceRulesTest {

    private static final LocalDate TUESDAY = LocalDate.of(2027, 3, 2);
    private static final Instant DURING = HubTime.instant(TUESDAY, LocalTime.of(10, 30));
    private static final Instant BEFORE = HubTime.instant(TUESDAY, LocalTime.of(9, 59));

    static Room room(int capacity) {
        return TestRoom.named("studio", "Studio", capacity)
                .turnaround(15)
                .hourlyRates("30.00", "12.50")
                .openDaily(8, 21)
                .unsaved();
    }

    static Booking booking(Room room, BookingStatus status) {
        BookingRequest request = new BookingRequest();
        request.setRoomId(1L);
        request.setTitle("Youth club");
        request.setType(ActivityType.YOUTH_WORK);
        request.setExpectedAttendance(12);
        request.setStart(TUESDAY.atTime(10, 0));
        request.setEnd(TUESDAY.atTime(12, 0));
        return new Booking(
                request, room, null, BookingRules.slots(request), status, "staff", BEFORE.minusSeconds(86_400));
    }

    private static Occurrence session(int capacity) {
        return booking(room(capacity), BookingStatus.CONFIRMED).getOccurrences().get(0);
    }

    private static String refusalOf(Headcount headcount, Occurrence occurrence, Instant now) {
        try {
            AttendanceRules.check(headcount, occurrence, now);
            return null;
        } catch (Refusal refusal) {
            return refusal.field() + ": " + refusal.key();
        }
    }

    @Test
    void aHeadcountFromNoneToTwiceTheCapacityWithNewPeopleAndBandsIsTakenOnceTheSessionHasBegun() {
        Occurrence session = session(20);

        assertThatCode(() -> AttendanceRules.check(Headcount.of(0), session, DURING))
                .doesNotThrowAnyException();
        assertThatCode(() -> AttendanceRules.check(
                        new Headcount(40, 40, Map.of("young people 11-18", 30, "families", 10)), session, DURING))
                .doesNotThrowAnyException();
        assertThat(AttendanceRules.tookPlace(session, DURING)).isTrue();
    }

    @Test
    void aSessionNotBegunIsRefusedAndHasNotTakenPlace() {
        Occurrence session = session(20);

        assertThat(refusalOf(Headcount.of(5), session, BEFORE)).isEqualTo("date: attendance.notBegun");
        assertThat(AttendanceRules.tookPlace(session, BEFORE)).isFalse();
    }

    @Test
    void countsOutsideSenseAreRefusedEachByItsField() {
        Occurrence session = session(20);

        assertThat(refusalOf(new Headcount(null, null, null), session, DURING))
                .isEqualTo("count: attendance.countRequired");
        assertThat(refusalOf(Headcount.of(-1), session, DURING)).isEqualTo("count: attendance.countRange");
        assertThat(refusalOf(Headcount.of(41), session, DURING)).isEqualTo("count: attendance.countRange");
        assertThat(refusalOf(new Headcount(10, 11, null), session, DURING)).isEqualTo("newCount: attendance.newRange");
        assertThat(refusalOf(new Headcount(10, -1, null), session, DURING)).isEqualTo("newCount: attendance.newRange");
        assertThat(refusalOf(new Headcount(10, 2, Map.of("families", 6, "over-55s", 5)), session, DURING))
                .isEqualTo("byAudience: attendance.bandsAboveCount");
        assertThat(refusalOf(new Headcount(10, 2, Map.of("families", -1)), session, DURING))
                .isEqualTo("byAudience: attendance.bandCount");
        assertThat(refusalOf(new Headcount(10, 2, Map.of(" ", 1)), session, DURING))
                .isEqualTo("byAudience: attendance.bandName");
    }

    @Test
    void aDateCalledOffOrARequestNeverConfirmedTookNoPlaceAndTakesNoAttendance() {
        Booking called = booking(room(20), BookingStatus.CONFIRMED);
        called.cancel(Cancellation.byHub("staff", BEFORE));
        Occurrence calledOff = called.getOccurrences().get(0);
        Occurrence waiting =
                booking(room(20), BookingStatus.PENDING).getOccurrences().get(0);

        assertThat(refusalOf(Headcount.of(3), calledOff, DURING)).isEqualTo("date: attendance.notHeld");
        assertThat(refusalOf(Headcount.of(3), waiting, DURING)).isEqualTo("date: attendance.notHeld");
        assertThat(AttendanceRules.tookPlace(waiting, DURING)).isFalse();
    }

    @Test
    void aBookingCalledOffAfterADateBeganStillTookPlaceThatDay() {
        Booking booking = booking(room(20), BookingStatus.CONFIRMED);
        booking.cancel(Cancellation.byHub("staff", DURING));

        Occurrence session = booking.getOccurrences().get(0);
        assertThat(AttendanceRules.tookPlace(session, DURING.plusSeconds(3600))).isEqualTo(!session.isCancelled());
        assertThatThrownBy(() -> AttendanceRules.check(Headcount.of(50), session, DURING))
                .isInstanceOf(Refusal.class);
    }
}
