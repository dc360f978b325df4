package community.hub.demo;

import community.hub.HubTime;
import community.hub.account.Account;
import community.hub.account.AccountService;
import community.hub.booking.ActivityType;
import community.hub.booking.BookingRequest;
import community.hub.booking.BookingService;
import community.hub.booking.Recurrence;
import community.hub.booking.Visibility;
import community.hub.organisation.Organisation;
import community.hub.organisation.OrganisationService;
import community.hub.room.RoomService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A believable term at the hub: the weekly clinics,
 * CAMHS sessions, youth clubs, food bank sessions and classes that fill a term, under way for a few weeks already
 * (those sessions have their attendance, see {@link DemoAttendance}) and going on for fourteen weeks from the next
 * free date, so the hub looks alive whenever it is started. Series skip the bank holidays, which the hub closes by
 * itself before the demo loads (see {@code BankHolidayClosures}).
 * Over 300 lines: it is data, a term of believable bookings written out one series per line.
 */
@ApplicationScoped
class DemoTerm {

    private static final int WEEKS = 14;

    /** The weeks of the term already past when the demo hub starts. */
    static final int PAST_WEEKS = 4;

    @Inject
    private BookingService bookings;

    @Inject
    private RoomService rooms;

    @Inject
    private OrganisationService organisations;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    private Map<String, Organisation> byName;

    void load() {
        byName = organisations.all().stream().collect(Collectors.toMap(Organisation::getName, Function.identity()));
        Account staff = accounts.byUsername("staff").orElseThrow();

        weekly(
                staff,
                "NHS Outpatient Clinics",
                "clinic-1",
                "Diabetes clinic",
                ActivityType.CLINIC,
                Visibility.PRIVATE,
                "09:00",
                "12:30",
                4,
                1,
                null,
                DayOfWeek.TUESDAY);
        weekly(
                staff,
                "NHS Outpatient Clinics",
                "clinic-1",
                "Physiotherapy clinic",
                ActivityType.CLINIC,
                Visibility.PRIVATE,
                "13:00",
                "17:00",
                3,
                1,
                null,
                DayOfWeek.THURSDAY);
        weekly(
                staff,
                "NHS CAMHS",
                "clinic-2",
                "CAMHS drop-in",
                ActivityType.CLINIC,
                Visibility.PRIVATE,
                "15:30",
                "18:00",
                4,
                1,
                null,
                DayOfWeek.WEDNESDAY);
        weekly(
                staff,
                "NHS CAMHS",
                "clinic-2",
                "CAMHS family sessions",
                ActivityType.CLINIC,
                Visibility.PRIVATE,
                "10:00",
                "13:00",
                4,
                2,
                null,
                DayOfWeek.MONDAY);
        weekly(
                staff,
                "Youth Service",
                "youth-hall",
                "Youth club",
                ActivityType.YOUTH_WORK,
                Visibility.PUBLIC,
                "18:00",
                "20:30",
                45,
                1,
                "Pool, music, games and someone to talk to. Free, just turn up.",
                DayOfWeek.MONDAY,
                DayOfWeek.THURSDAY,
                "young people 11-18");
        weekly(
                staff,
                "Youth Service",
                "youth-hall",
                "Junior youth club",
                ActivityType.YOUTH_WORK,
                Visibility.PUBLIC,
                "16:00",
                "17:45",
                30,
                1,
                "Games, crafts and a healthy snack after school.",
                DayOfWeek.WEDNESDAY,
                "children 8-11");
        weekly(
                staff,
                "Fleetwood Food Bank",
                "food-bank-store",
                "Food bank",
                ActivityType.FOOD_BANK,
                Visibility.PUBLIC,
                "10:00",
                "14:00",
                10,
                1,
                "Emergency food parcels. Bring a referral if you have one; if not, come and talk to us.",
                DayOfWeek.TUESDAY,
                DayOfWeek.FRIDAY,
                "everyone");
        weekly(
                staff,
                "Fleetwood Town Community Trust",
                "sports-hall",
                "Walking football",
                ActivityType.CLASS,
                Visibility.PUBLIC,
                "10:00",
                "11:30",
                24,
                1,
                "Gentle football at walking pace. All abilities welcome.",
                DayOfWeek.WEDNESDAY,
                "over-55s");
        weekly(
                staff,
                "Fleetwood Town Community Trust",
                "sports-hall",
                "Family multi-sports",
                ActivityType.CLASS,
                Visibility.PUBLIC,
                "10:00",
                "12:00",
                40,
                1,
                "Try a different sport each week with the whole family.",
                DayOfWeek.SATURDAY,
                "families");
        weekly(
                staff,
                "Digital Skills Fleetwood",
                "training-suite",
                "Computer basics",
                ActivityType.CLASS,
                Visibility.PUBLIC,
                "13:00",
                "15:00",
                12,
                1,
                "Email, video calls and staying safe online, at your own pace.",
                DayOfWeek.TUESDAY,
                "adults");
        weekly(
                staff,
                "Wyre Employment Support",
                "training-suite",
                "Job club",
                ActivityType.CLASS,
                Visibility.PUBLIC,
                "10:00",
                "12:00",
                12,
                1,
                "Help with CVs, applications and interviews.",
                DayOfWeek.THURSDAY,
                "adults looking for work");
        weekly(
                staff,
                "Fleetwood Art Club",
                "art-studio",
                "Art class",
                ActivityType.CLASS,
                Visibility.PUBLIC,
                "13:00",
                "15:30",
                16,
                1,
                "Drawing and painting for beginners and improvers. Materials provided.",
                DayOfWeek.FRIDAY,
                "adults");
        weekly(
                staff,
                "Over-55s Friendship Group",
                "meeting-room",
                "Coffee and chat",
                ActivityType.MEETING,
                Visibility.PUBLIC,
                "14:00",
                "16:00",
                12,
                1,
                "A friendly afternoon with tea, coffee and company.",
                DayOfWeek.MONDAY,
                "over-55s");
        weekly(
                staff,
                "Little Anchors Parent and Toddler Group",
                "youth-hall",
                "Parent and toddler group",
                ActivityType.CLASS,
                Visibility.PUBLIC,
                "09:30",
                "11:30",
                30,
                1,
                "Play, songs and a cuppa for parents and carers with under-5s.",
                DayOfWeek.FRIDAY,
                "families");
        weekly(
                staff,
                "Citizens Advice Wyre",
                "meeting-room",
                "Advice drop-in",
                ActivityType.MEETING,
                Visibility.PUBLIC,
                "10:00",
                "13:00",
                8,
                1,
                "Free, confidential advice on money, benefits, housing and work.",
                DayOfWeek.WEDNESDAY,
                "everyone");
    }

    private void weekly(
            Account by,
            String organisation,
            String slug,
            String title,
            ActivityType type,
            Visibility visibility,
            String from,
            String to,
            int people,
            int everyWeeks,
            String description,
            Object... daysAndAudience) {
        List<DayOfWeek> days = Arrays.stream(daysAndAudience)
                .filter(DayOfWeek.class::isInstance)
                .map(DayOfWeek.class::cast)
                .toList();
        List<String> audience = Arrays.stream(daysAndAudience)
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .toList();
        LocalDate first = LocalDate.now(clock)
                .plusDays(1)
                .with(TemporalAdjusters.nextOrSame(days.get(0)))
                .minusWeeks(PAST_WEEKS);
        BookingRequest request = new BookingRequest();
        request.setRoomId(rooms.bySlug(slug).getId());
        request.setOrganisationId(byName.get(organisation).getId());
        request.setTitle(title);
        request.setType(type);
        request.setVisibility(visibility);
        request.setDescription(description);
        request.setAudience(new LinkedHashSet<>(audience));
        request.setExpectedAttendance(people);
        request.setStart(LocalDateTime.of(first, LocalTime.parse(from)));
        request.setEnd(LocalDateTime.of(first, LocalTime.parse(to)));
        int dates = (WEEKS + PAST_WEEKS) / everyWeeks * days.size();
        request.setRecurrence(Recurrence.weeklyTimes(everyWeeks, dates, days.toArray(DayOfWeek[]::new)));
        request.setOnlyFreeDates(true);
        bookings.bookAsOf(request, by, HubTime.instant(first.minusDays(1), LocalTime.NOON));
    }
}
