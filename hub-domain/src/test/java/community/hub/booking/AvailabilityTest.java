package community.hub.booking;

import static community.hub.booking.BookingRulesTest.clinic;
import static community.hub.booking.BookingRulesTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.hub.HubTime;
import community.hub.Refusal;
import community.hub.room.Room;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a room is busy and free, day by day, as anyone may see it: without a database, in the hub's words. */
class AvailabilityTest {

    private static final Instant NOW = HubTime.instant(LocalDate.of(2027, 1, 1), LocalTime.NOON);
    private static final LocalDate TUESDAY = LocalDate.of(2027, 3, 2);

    private static final Room CLINIC = clinic(1);

    /** A public, confirmed booking of the clinic, e.g. {@code booked("Talk", TUESDAY, "13:00-16:45")}. */
    private static Booking booked(String title, LocalDate date, String hours) {
        return booked(title, Visibility.PUBLIC, BookingStatus.CONFIRMED, date, hours);
    }

    private static Booking booked(
            String title, Visibility visibility, BookingStatus status, LocalDate date, String hours) {
        String[] times = hours.split("-");
        BookingRequest request =
                request(title, date.atTime(LocalTime.parse(times[0])), date.atTime(LocalTime.parse(times[1])));
        request.setVisibility(visibility);
        return new Booking(request, CLINIC, null, BookingRules.slots(request), status, "staff", NOW);
    }

    private static List<Availability.Held> held(Booking... bookings) {
        List<Availability.Held> held = new ArrayList<>();
        for (Booking booking : bookings) {
            booking.getOccurrences().stream()
                    .filter(Occurrence::holdsRoom)
                    .map(Availability.Held::of)
                    .forEach(held::add);
        }
        return held;
    }

    private static Availability.Day oneDay(
            Room room, LocalDate date, List<Availability.Held> held, List<Closure> closures) {
        Availability availability =
                Availability.of(room, new Availability.Period(date, date.plusDays(1)), held, closures);
        assertThat(availability.days()).hasSize(1);
        return availability.days().get(0);
    }

    /** The clinic's Tuesday with these bookings and no closure. */
    private static Availability.Day tuesdayWith(Booking... bookings) {
        return oneDay(CLINIC, TUESDAY, held(bookings), List.of());
    }

    /** Busy and free, in time order, as "09:00-12:15 booked Title" and "12:15-21:00 free". */
    private static List<String> timeline(Availability.Day day) {
        List<String> stretches = new ArrayList<>();
        day.busy()
                .forEach(busy -> stretches.add(
                        busy.start().toLocalTime() + "-" + busy.end().toLocalTime() + " "
                                + busy.cause().name().toLowerCase() + (busy.with() == null ? "" : " " + busy.with())));
        day.free()
                .forEach(free -> stretches.add(
                        free.start().toLocalTime() + "-" + free.end().toLocalTime() + " free"));
        return stretches.stream().sorted(Comparator.naturalOrder()).toList();
    }

    @Test
    void theRoomIsBusyUntilTheEndOfABookingPlusItsTurnaroundAndFreeTheRestOfItsOpeningHours() {
        Availability.Day day = tuesdayWith(booked("Diabetes clinic", TUESDAY, "09:00-12:00"));

        assertThat(day.opens()).isEqualTo(LocalTime.of(8, 0));
        assertThat(day.closes()).isEqualTo(LocalTime.of(21, 0));
        assertThat(timeline(day))
                .containsExactly("08:00-09:00 free", "09:00-12:15 booked Diabetes clinic", "12:15-21:00 free");
    }

    @Test
    void aPrivateOrPendingBookingShowsOnlyAsBusy() {
        Booking confidential =
                booked("Safeguarding review", Visibility.PRIVATE, BookingStatus.CONFIRMED, TUESDAY, "09:00-10:00");
        Booking requested =
                booked("Proposed open day", Visibility.PUBLIC, BookingStatus.PENDING, TUESDAY, "14:00-15:00");

        Availability.Day day = tuesdayWith(confidential, requested);

        assertThat(day.busy()).extracting(Availability.Busy::with).containsOnlyNulls();
        assertThat(timeline(day))
                .containsExactly(
                        "08:00-09:00 free",
                        "09:00-10:15 booked",
                        "10:15-14:00 free",
                        "14:00-15:15 booked",
                        "15:15-21:00 free");
    }

    @Test
    void bookingsBackToBackWithTheirTurnaroundLeaveNoFreeGapBetweenThem() {
        Availability.Day day =
                tuesdayWith(booked("Clinic A", TUESDAY, "08:00-09:00"), booked("Clinic B", TUESDAY, "09:15-10:00"));

        assertThat(timeline(day))
                .containsExactly("08:00-09:15 booked Clinic A", "09:15-10:15 booked Clinic B", "10:15-21:00 free");
    }

    @Test
    void theTurnaroundAfterTheLastBookingStopsAtClosingTime() {
        Availability.Day day = tuesdayWith(booked("Evening clinic", TUESDAY, "20:00-21:00"));

        assertThat(timeline(day)).containsExactly("08:00-20:00 free", "20:00-21:00 booked Evening clinic");
    }

    @Test
    void aClosureKeepsTheRoomBusyAllDayWithItsReasonEvenOverABooking() {
        Booking booked = booked("Clinic", TUESDAY, "09:00-10:00");
        Closure maintenance = new Closure(null, TUESDAY, TUESDAY, "Boiler repairs: the hub is closed");

        Availability.Day day = oneDay(CLINIC, TUESDAY, held(booked), List.of(maintenance));

        assertThat(timeline(day)).containsExactly("08:00-21:00 closed Boiler repairs: the hub is closed");
        assertThat(day.free()).isEmpty();
    }

    @Test
    void anotherRoomsClosureDoesNotCloseThisRoom() {
        Closure elsewhere = new Closure(clinic(2), TUESDAY, TUESDAY, "Painting");

        assertThat(timeline(oneDay(CLINIC, TUESDAY, List.of(), List.of(elsewhere))))
                .containsExactly("08:00-21:00 free");
    }

    @Test
    void aDayTheRoomDoesNotOpenHasNoHoursAndNoStretches() {
        LocalDate sunday = LocalDate.of(2027, 3, 7);

        Availability.Day day = oneDay(CLINIC, sunday, List.of(), List.of());

        assertThat(day.isOpen()).isFalse();
        assertThat(day.busy()).isEmpty();
        assertThat(day.free()).isEmpty();
    }

    @Test
    void aWeekListsEveryDayAndKeepsWallClockTimesAcrossTheClocksGoingForward() {
        LocalDate friday = LocalDate.of(2027, 3, 26);
        LocalDate monday = LocalDate.of(2027, 3, 29);
        Booking before = booked("Friday class", friday, "10:00-11:00");
        Booking after = booked("Monday class", monday, "10:00-11:00");

        Availability week = Availability.of(
                CLINIC, new Availability.Period(friday, friday.plusDays(7)), held(before, after), List.of());

        assertThat(week.days()).extracting(Availability.Day::date).first().isEqualTo(friday);
        assertThat(week.days())
                .hasSize(7)
                .extracting(Availability.Day::isOpen)
                .containsExactly(true, true, false, true, true, true, true);
        assertThat(timeline(week.days().get(0))).contains("10:00-11:15 booked Friday class");
        assertThat(timeline(week.days().get(3))).contains("10:00-11:15 booked Monday class");
    }

    @Test
    void busyAndFreeCoverEachOpenDayExactlyFromOpeningToClosing() {
        Booking series = booked("Weekly clinic", Visibility.PRIVATE, BookingStatus.CONFIRMED, TUESDAY, "08:30-10:00");
        Booking afternoon = booked("Talk", TUESDAY, "13:00-16:45");

        for (Availability.Day day : Availability.of(
                        CLINIC,
                        new Availability.Period(TUESDAY.minusDays(2), TUESDAY.plusDays(5)),
                        held(series, afternoon),
                        List.of())
                .days()) {
            List<LocalDateTime[]> stretches = new ArrayList<>();
            day.busy().forEach(busy -> stretches.add(new LocalDateTime[] {busy.start(), busy.end()}));
            day.free().forEach(free -> stretches.add(new LocalDateTime[] {free.start(), free.end()}));
            stretches.sort(Comparator.comparing(stretch -> stretch[0]));
            if (!day.isOpen()) {
                assertThat(stretches).isEmpty();
                continue;
            }
            LocalDateTime reached = LocalDateTime.of(day.date(), day.opens());
            for (LocalDateTime[] stretch : stretches) {
                assertThat(stretch[0]).as("no gap or overlap on " + day.date()).isEqualTo(reached);
                assertThat(stretch[1]).isAfter(stretch[0]);
                reached = stretch[1];
            }
            assertThat(reached).isEqualTo(LocalDateTime.of(day.date(), day.closes()));
        }
    }

    @Test
    void thePeriodIsAWeekFromTodayUnlessSaid() {
        LocalDate today = LocalDate.of(2027, 3, 2);

        assertThat(Availability.Period.asked(null, null, today))
                .isEqualTo(new Availability.Period(today, today.plusDays(7)));
        assertThat(Availability.Period.asked(today.plusDays(3), null, today))
                .isEqualTo(new Availability.Period(today.plusDays(3), today.plusDays(10)));
        assertThat(Availability.Period.asked(today, today.plusDays(62), today).to())
                .isEqualTo(today.plusDays(62));
    }

    @Test
    void anEmptyOrTooLongPeriodIsRefusedWithItsReason() {
        LocalDate today = LocalDate.of(2027, 3, 2);

        assertThatThrownBy(() -> Availability.Period.asked(today, today, today))
                .isInstanceOf(Refusal.class)
                .hasMessage(
                        "The end date (to) must be after the start date (from); the end date itself is not included.")
                .satisfies(refusal -> assertThat(((Refusal) refusal).field()).isEqualTo("to"));
        assertThatThrownBy(() -> Availability.Period.asked(today, today.plusDays(63), today))
                .isInstanceOf(Refusal.class)
                .hasMessage("Ask for at most 62 days at a time.");
    }
}
