package community.hub.demo;

import static community.hub.rota.CafeRole.BARISTA;
import static community.hub.rota.CafeRole.FRONT_OF_HOUSE;
import static community.hub.rota.CafeRole.KITCHEN;
import static community.hub.rota.CafeRole.SUPERVISOR_JOB_COACH;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import community.hub.account.Account;
import community.hub.account.AccountService;
import community.hub.rota.AvailableTime;
import community.hub.rota.CafeRole;
import community.hub.rota.RegularShift;
import community.hub.rota.RotaDelivery;
import community.hub.rota.RotaMember;
import community.hub.rota.RotaWeek;
import community.hub.rota.TimeAway;
import community.hub.rota.store.CafeSettingsService;
import community.hub.rota.store.RotaWeekService;
import community.hub.rota.store.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The community café's team of fifteen: three job coaches, members who need one on shift, volunteers who like
 * the same shifts each week, a pair of buddies, and the demo volunteers {@code sam} and {@code alex}. The café
 * opens Monday to Saturday, a morning and an afternoon shift a day; last week and this week are filled and
 * published. Nobody trained for the kitchen can do Saturday afternoons, so auto-fill always has a gap to explain.
 */
@ApplicationScoped
class DemoCafe {

    private static final LocalTime OPENS = LocalTime.of(8, 30);
    private static final LocalTime CHANGEOVER = LocalTime.of(12, 30);
    private static final LocalTime CLOSES = LocalTime.of(16, 30);
    private static final List<DayOfWeek> WEEKDAYS = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

    /**
     * The addresses of those who get their rota by email and gave one; Alex's comes from the account, and Lena and
     * Gary have none, so the rota page lists them for staff to tell another way.
     */
    private static final Map<String, String> EMAILS = Map.of(
            "Maggie Byrne", "maggie.byrne@cafe.example",
            "Dev Patel", "dev.patel@cafe.example",
            "Ruth Ogden", "ruth.ogden@cafe.example",
            "Priya Shah", "priya.shah@cafe.example",
            "Megan Hughes", "megan.hughes@cafe.example");

    @Inject
    private TeamService teamService;

    @Inject
    private CafeSettingsService settingsService;

    @Inject
    private RotaWeekService weekService;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    void load() {
        settingsService.replacePattern(pattern());
        loadTeam();
        Account staff = accounts.byUsername("staff").orElseThrow();
        RotaWeek thisWeek = RotaWeek.containing(LocalDate.now(clock));
        for (RotaWeek week : List.of(thisWeek.previous(), thisWeek)) {
            weekService.autoFill(week, staff);
            weekService.publish(week, staff);
        }
    }

    /** One of each role on every shift, and a second barista for the Saturday morning rush. */
    private static List<RegularShift> pattern() {
        List<RegularShift> regular = new ArrayList<>();
        for (DayOfWeek day : EnumSet.range(MONDAY, SATURDAY)) {
            Map<CafeRole, Integer> morning = oneOfEach();
            if (day == SATURDAY) {
                morning.put(BARISTA, 2);
            }
            regular.add(new RegularShift(day, OPENS, CHANGEOVER, morning));
            regular.add(new RegularShift(day, CHANGEOVER, CLOSES, oneOfEach()));
        }
        return regular;
    }

    private static Map<CafeRole, Integer> oneOfEach() {
        Map<CafeRole, Integer> places = new EnumMap<>(CafeRole.class);
        for (CafeRole role : CafeRole.values()) {
            places.put(role, 1);
        }
        return places;
    }

    private void loadTeam() {
        member("Maggie Byrne", null, 32, allDay(WEEKDAYS), Set.of(RotaDelivery.EMAIL), SUPERVISOR_JOB_COACH, BARISTA);
        member(
                "Dev Patel",
                null,
                30,
                allDay(List.of(MONDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY)),
                Set.of(RotaDelivery.EMAIL, RotaDelivery.CALENDAR),
                SUPERVISOR_JOB_COACH,
                FRONT_OF_HOUSE);
        List<AvailableTime> ruth = new ArrayList<>(allDay(List.of(TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)));
        ruth.addAll(mornings(List.of(SATURDAY)));
        member("Ruth Ogden", null, 24, ruth, Set.of(RotaDelivery.EMAIL), SUPERVISOR_JOB_COACH, KITCHEN);

        RotaMember sam = member(
                "Sam Kelly",
                "sam",
                12,
                mornings(WEEKDAYS),
                Set.of(RotaDelivery.EASY_READ_PRINT, RotaDelivery.CALENDAR),
                BARISTA,
                FRONT_OF_HOUSE);
        teamService.revise(sam.getId(), member -> {
            member.workAlongsideJobCoach(true);
            member.keepToSameShifts(true);
        });
        RotaMember alex = member(
                "Alex Morgan",
                "alex",
                16,
                allDay(WEEKDAYS),
                Set.of(RotaDelivery.CALENDAR, RotaDelivery.EMAIL),
                BARISTA,
                KITCHEN);
        teamService.revise(alex.getId(), member -> member.pairWith(sam.getId()));

        needsJobCoach(
                member(
                        "Jo Fletcher",
                        null,
                        12,
                        mornings(List.of(TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)),
                        Set.of(RotaDelivery.EASY_READ_PRINT),
                        KITCHEN),
                true);
        needsJobCoach(
                member(
                        "Tom Wright",
                        null,
                        8,
                        afternoons(List.of(MONDAY, WEDNESDAY, FRIDAY)),
                        Set.of(RotaDelivery.EASY_READ_PRINT),
                        FRONT_OF_HOUSE),
                true);
        RotaMember priya =
                member("Priya Shah", null, 24, allDay(WEEKDAYS), Set.of(RotaDelivery.EMAIL), KITCHEN, FRONT_OF_HOUSE);
        RotaMember chris = member(
                "Chris Dobson", null, 16, allDay(List.of(FRIDAY, SATURDAY)), Set.of(RotaDelivery.CALENDAR), BARISTA);
        member(
                "Lena Novak",
                null,
                16,
                allDay(List.of(MONDAY, TUESDAY, WEDNESDAY)),
                Set.of(RotaDelivery.EMAIL),
                KITCHEN);
        List<AvailableTime> ben = new ArrayList<>(allDay(List.of(THURSDAY, FRIDAY)));
        ben.addAll(mornings(List.of(SATURDAY)));
        RotaMember benAshworth =
                member("Ben Ashworth", null, 12, ben, Set.of(RotaDelivery.EASY_READ_PRINT), FRONT_OF_HOUSE, BARISTA);
        teamService.revise(benAshworth.getId(), member -> {
            member.workAlongsideJobCoach(true);
            member.pairWith(chris.getId());
        });
        member("Megan Hughes", null, 16, afternoons(WEEKDAYS), Set.of(RotaDelivery.EMAIL), BARISTA, FRONT_OF_HOUSE);
        needsJobCoach(
                member(
                        "Callum Reid",
                        null,
                        8,
                        mornings(List.of(MONDAY, WEDNESDAY)),
                        Set.of(RotaDelivery.EASY_READ_PRINT),
                        KITCHEN),
                false);
        member(
                "Aisha Khan",
                null,
                8,
                allDay(List.of(SATURDAY)),
                Set.of(RotaDelivery.CALENDAR),
                FRONT_OF_HOUSE,
                BARISTA);
        member(
                "Gary Holt",
                null,
                12,
                mornings(List.of(TUESDAY, THURSDAY, SATURDAY)),
                Set.of(RotaDelivery.EMAIL),
                KITCHEN,
                BARISTA);

        LocalDate nextMonday = RotaWeek.containing(LocalDate.now(clock)).next().getMonday();
        teamService.revise(priya.getId(), member -> member.goAway(new TimeAway(nextMonday, nextMonday.plusDays(2))));
        teamService.revise(
                chris.getId(),
                member -> member.goAway(TimeAway.on(nextMonday.plusWeeks(1).plusDays(5))));
    }

    private RotaMember member(
            String name,
            String username,
            int hours,
            List<AvailableTime> times,
            Set<RotaDelivery> rotaBy,
            CafeRole first,
            CafeRole... more) {
        RotaMember details = new RotaMember(0, name, EnumSet.of(first, more), Duration.ofHours(hours));
        details.changeAvailability(times);
        details.sendRotaBy(rotaBy);
        details.reachAt(EMAILS.get(name));
        return teamService.join(details, username);
    }

    /** Who needs a job coach on shift, and whether they like the same shifts each week. */
    private void needsJobCoach(RotaMember member, boolean sameShifts) {
        teamService.revise(member.getId(), changed -> {
            changed.workAlongsideJobCoach(true);
            changed.keepToSameShifts(sameShifts);
        });
    }

    private static List<AvailableTime> allDay(List<DayOfWeek> days) {
        return days.stream().map(day -> new AvailableTime(day, OPENS, CLOSES)).toList();
    }

    private static List<AvailableTime> mornings(List<DayOfWeek> days) {
        return days.stream()
                .map(day -> new AvailableTime(day, OPENS, CHANGEOVER))
                .toList();
    }

    private static List<AvailableTime> afternoons(List<DayOfWeek> days) {
        return days.stream()
                .map(day -> new AvailableTime(day, CHANGEOVER, CLOSES))
                .toList();
    }
}
