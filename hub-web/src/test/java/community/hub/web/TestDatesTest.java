package community.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import community.hub.HubTime;
import community.hub.booking.BankHolidays;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The tests' dates checked for every day they could run on, from 1 December 2026 to the end of January 2029: two
 * Christmases and New Years, three Easters, 29 February 2028 and every clock change between. No date the helper gives
 * falls where the hub would refuse it for a reason the test does not intend: a bank holiday (a closure) on or beside
 * it, a Sunday, the past, beyond a tenant's booking window, outside the test's own lane of weeks.
 */
class TestDatesTest {

    private static final LocalDate FIRST_RUN = LocalDate.of(2026, 12, 1);
    private static final LocalDate LAST_RUN = LocalDate.of(2029, 1, 31);
    private static final Set<DayOfWeek> OPEN_DAYS = EnumSet.complementOf(EnumSet.of(DayOfWeek.SUNDAY));
    private static final List<TestDates.Lane> CAFE_LANES = List.of(
            TestDates.Lane.ROTA, TestDates.Lane.ROTA_DELIVERY, TestDates.Lane.TIME_AWAY, TestDates.Lane.UNTOUCHED_WEEK);
    private static final Set<DayOfWeek> SERIES_DAYS = EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);

    private static List<LocalDate> runDays() {
        return FIRST_RUN.datesUntil(LAST_RUN.plusDays(1)).toList();
    }

    @Test
    void theRunDaysTakeInEveryAwkwardDay() {
        assertThat(runDays())
                .contains(
                        LocalDate.of(2028, 2, 29),
                        LocalDate.of(2026, 12, 25),
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 3, 26),
                        LocalDate.of(2027, 3, 28),
                        LocalDate.of(2027, 10, 31),
                        LocalDate.of(2028, 4, 14),
                        LocalDate.of(2028, 3, 26),
                        LocalDate.of(2028, 10, 29),
                        LocalDate.of(2028, 12, 25));
    }

    @Test
    void everyLaneDateIsClearOnItsDayInsideItsLaneAndEachWeeklyDateAfterItToo() {
        for (LocalDate today : runDays()) {
            TestDates dates = new TestDates(today);
            for (TestDates.Lane lane : TestDates.Lane.values()) {
                for (int week = 0; week <= lane.lastWeek; week++) {
                    for (int weeks = 1; weeks <= lane.longestSeries; weeks++) {
                        for (DayOfWeek day : weeks == 1 ? OPEN_DAYS : SERIES_DAYS) {
                            LocalDate first = dates.weekly(lane, week, day, weeks);
                            String what = lane + " week " + week + " " + day + " x" + weeks + " on " + today;
                            assertThat(first.getDayOfWeek()).as(what).isEqualTo(day);
                            assertThat(first)
                                    .as(what)
                                    .isAfter(today)
                                    .isAfterOrEqualTo(
                                            today.plusWeeks(lane.firstWeek).minusDays(6));
                            LocalDate last = first.plusWeeks(weeks - 1);
                            assertThat(last).as(what).isBefore(today.plusWeeks(lane.endWeek));
                            IntStream.range(0, weeks)
                                    .mapToObj(first::plusWeeks)
                                    .forEach(date -> assertThat(BankHolidays.between(date, date.plusDays(2)))
                                            .as(what + ": " + date)
                                            .isEmpty());
                        }
                    }
                }
            }
        }
    }

    @Test
    void theSoonLaneStaysInsideEveryDemoTenantsBookingWindow() {
        for (LocalDate today : runDays()) {
            TestDates.Lane soon = TestDates.Lane.SOON;
            for (DayOfWeek day : SERIES_DAYS) {
                LocalDate last = new TestDates(today)
                        .weekly(soon, soon.lastWeek, day, soon.longestSeries)
                        .plusWeeks(soon.longestSeries - 1);
                assertThat(ChronoUnit.DAYS.between(today, last))
                        .as(day + " from " + today)
                        .isLessThanOrEqualTo(TestDates.TENANT_WINDOW_DAYS);
            }
            TestDates.Lane mail = TestDates.Lane.MAIL;
            // a mail check asks for the first free evening within 14 days of its Monday, for up to three weekly dates
            LocalDate lastMail = new TestDates(today)
                    .weekly(mail, mail.lastWeek, DayOfWeek.MONDAY, 1)
                    .plusWeeks(2)
                    .plusDays(13);
            assertThat(ChronoUnit.DAYS.between(today, lastMail))
                    .as("CAMHS's window from " + today)
                    .isLessThanOrEqualTo(180);
        }
    }

    @Test
    void lanesForRoomsNeverShareAWeekAndNeitherDoTheCafesLanes() {
        List<TestDates.Lane> rooms = List.of(
                TestDates.Lane.SOON,
                TestDates.Lane.MAIL,
                TestDates.Lane.BOOKINGS,
                TestDates.Lane.AVAILABILITY,
                TestDates.Lane.BOOKING_PAGES,
                TestDates.Lane.ROOMS_AND_CLOSURES,
                TestDates.Lane.SERIES_CHANGES,
                TestDates.Lane.RELIABILITY,
                TestDates.Lane.PROXY_AND_METRICS);
        List<TestDates.Lane> cafe = CAFE_LANES;
        for (List<TestDates.Lane> lanes : List.of(rooms, cafe)) {
            for (int i = 0; i + 1 < lanes.size(); i++) {
                assertThat(lanes.get(i).endWeek)
                        .as(lanes.get(i) + " ends before " + lanes.get(i + 1))
                        .isLessThanOrEqualTo(lanes.get(i + 1).firstWeek);
            }
        }
    }

    @Test
    void eachCafeWeekIsItsOwnAndHasNoBankHolidayOnAnyCafeDay() {
        for (LocalDate today : runDays()) {
            TestDates dates = new TestDates(today);
            for (TestDates.Lane lane : CAFE_LANES) {
                Set<LocalDate> mondays = new HashSet<>();
                for (int n = 0; n <= lane.lastWeek; n++) {
                    LocalDate monday = dates.cafeWeek(lane, n);
                    assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                    assertThat(BankHolidays.between(monday, monday.plusDays(5)))
                            .as(lane + " " + n + " from " + today)
                            .isEmpty();
                    assertThat(monday).isBefore(today.plusWeeks(lane.endWeek)).isAfter(today);
                    assertThat(mondays.add(monday))
                            .as("week %d of %s is not shared", n, lane)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void aWeekdaySomeDaysAheadIsAClearWeekdayWithinAWeekOfIt() {
        for (LocalDate today : runDays()) {
            for (int days : new int[] {10, 12, 20, 30, 40, 45, 130}) {
                LocalDate day = new TestDates(today).weekdayAround(days);
                assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(BankHolidays.between(day, day.plusDays(2)))
                        .as(days + " days from " + today)
                        .isEmpty();
                assertThat(day).isAfterOrEqualTo(today.plusDays(days)).isBefore(today.plusDays(days + 14));
            }
        }
    }

    @Test
    void aDayInAMonthAheadStaysInThatMonthAndIsClear() {
        for (LocalDate today : runDays()) {
            for (int months = 14; months <= 16; months++) {
                for (int nth = 1; nth <= 2; nth++) {
                    for (DayOfWeek day : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
                        LocalDate date = new TestDates(today).inMonth(months, nth, day);
                        assertThat(YearMonth.from(date))
                                .isEqualTo(YearMonth.from(today).plusMonths(months));
                        assertThat(date.getDayOfWeek()).isEqualTo(day);
                        assertThat(BankHolidays.between(date, date.plusDays(2))).isEmpty();
                        assertThat(YearMonth.from(date.plusWeeks(1)))
                                .as("a second week in the month for a test that needs one")
                                .isEqualTo(YearMonth.from(date));
                    }
                }
            }
        }
    }

    @Test
    void theFridayBeforeTheClocksGoBackIsTwoDaysBeforeLondonLeavesSummerTime() {
        for (LocalDate today : runDays()) {
            LocalDate friday = new TestDates(today).fridayBeforeTheClocksGoBack();
            ZoneOffsetTransition next = HubTime.ZONE
                    .getRules()
                    .nextTransition(friday.atStartOfDay(HubTime.ZONE).toInstant());
            assertThat(friday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(next.isOverlap()).as("the clocks go back").isTrue();
            assertThat(next.getDateTimeBefore().toLocalDate()).isEqualTo(friday.plusDays(2));
            assertThat(friday).isAfter(today.plusDays(4));
            assertThat(BankHolidays.between(friday, friday.plusWeeks(2))).isEmpty();
        }
    }

    @Test
    void theMondayBankHolidayIsOneMoreThanThreeWeeksAhead() {
        for (LocalDate today : runDays()) {
            LocalDate holiday = new TestDates(today).mondayBankHolidayAfterThreeWeeks();
            assertThat(BankHolidays.isBankHoliday(holiday)).isTrue();
            assertThat(holiday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(holiday).isAfter(today.plusWeeks(3));
            assertThat(BankHolidays.isBankHoliday(holiday.minusWeeks(1)))
                    .as("the Monday before is bookable")
                    .isFalse();
            assertThat(BankHolidays.isBankHoliday(holiday.plusWeeks(1)))
                    .as("the Monday after is bookable")
                    .isFalse();
        }
    }

    @Test
    void anOrdinaryMorningIsATuesdayAFewWeeksAgoWithAWholeWeekOpenFromIt() {
        for (LocalDate today : runDays()) {
            LocalDateTime morning = new TestDates(today).ordinaryMorning();
            assertThat(morning.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(morning.toLocalTime()).hasToString("10:00");
            assertThat(morning.toLocalDate()).isBefore(today.minusDays(6)).isAfter(today.minusWeeks(5));
            assertThat(BankHolidays.between(
                            morning.toLocalDate(), morning.toLocalDate().plusDays(6)))
                    .as("from " + today)
                    .isEmpty();
        }
    }

    @Test
    void aQuietWednesdayIsAboutAYearAgoBeforeEveryOtherPastDate() {
        for (LocalDate today : runDays()) {
            TestDates dates = new TestDates(today);
            LocalDate wednesday = dates.quietWednesdayAYearAgo();
            assertThat(wednesday.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
            assertThat(wednesday).isBefore(today.minusWeeks(51)).isAfter(today.minusWeeks(60));
            assertThat(TestDates.nearBankHoliday(wednesday)).as("from " + today).isFalse();
            assertThat(wednesday)
                    .isBefore(dates.sundayTheClocksLastChanged().minusWeeks(8))
                    .isBefore(dates.ordinaryMorning().toLocalDate().minusWeeks(8));
        }
    }

    @Test
    void theHelperIsAskedForTodayInLondon() {
        assertThat(TestDates.fromToday().today()).isEqualTo(LocalDate.ofInstant(Instant.now(), HubTime.ZONE));
    }
}
