package community.hub.demo;

import community.hub.account.Account;
import community.hub.account.AccountService;
import community.hub.attendance.AttendanceService;
import community.hub.attendance.DatedHeadcount;
import community.hub.attendance.Headcount;
import community.hub.attendance.HeldSession;
import community.hub.booking.ActivityType;
import community.hub.booking.Booking;
import community.hub.booking.Occurrence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who came to the demo term's sessions that have ended: numbers near what each activity expects, some new people (more
 * at a series' first sessions, more at the food bank), by audience band where the booking names one, and a count only
 * for clinics. The latest session of every fifth series is left for staff to follow up as not recorded. The same
 * numbers at every start (a fixed seed), recorded in one go through the attendance rules.
 */
@ApplicationScoped
class DemoAttendance {

    private static final long SEED = 22;

    /** How often a series' latest session is left unrecorded: one series in this many. */
    private static final int LEFT_FOR_FOLLOW_UP = 5;

    /** An audience that is no band of its own, so nothing is recorded under it. */
    private static final String EVERYONE = "everyone";

    @Inject
    private AttendanceService attendance;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    void load() {
        Account staff = accounts.byUsername("staff").orElseThrow();
        Instant now = clock.instant();
        LocalDate from = LocalDate.now(clock).minusWeeks(DemoTerm.PAST_WEEKS + 1L);
        List<Occurrence> ended = attendance.notRecordedSince(from, staff).stream()
                .map(HeldSession::occurrence)
                .filter(occurrence -> !occurrence.endsAt().isAfter(now))
                .sorted(Comparator.comparing(Occurrence::startsAt)
                        .thenComparing(occurrence -> occurrence.getBooking().getId()))
                .toList();
        Set<Long> leftOut = leftForFollowUp(ended);
        Random random = new Random(SEED);
        Map<Long, Integer> seen = new HashMap<>();
        List<DatedHeadcount> headcounts = new ArrayList<>();
        for (Occurrence occurrence : ended) {
            if (leftOut.contains(occurrence.getId())) {
                continue;
            }
            int before = seen.merge(occurrence.getBooking().getId(), 1, Integer::sum) - 1;
            headcounts.add(new DatedHeadcount(
                    occurrence.getBooking().getId(),
                    occurrence.getSeriesDate(),
                    headcount(occurrence, before, random)));
        }
        attendance.recordAll(headcounts, staff);
    }

    /** The latest ended session of every fifth series, by booking. */
    private static Set<Long> leftForFollowUp(List<Occurrence> ended) {
        Map<Long, Occurrence> latest = new TreeMap<>();
        ended.forEach(occurrence -> latest.put(occurrence.getBooking().getId(), occurrence));
        Set<Long> left = new HashSet<>();
        int series = 0;
        for (Occurrence occurrence : latest.values()) {
            if (series++ % LEFT_FOR_FOLLOW_UP == 1) {
                left.add(occurrence.getId());
            }
        }
        return left;
    }

    private static Headcount headcount(Occurrence occurrence, int sessionsBefore, Random random) {
        Booking booking = occurrence.getBooking();
        int capacity = occurrence.getRoom().getCapacity();
        int expected = booking.getActivity().getExpectedAttendance();
        if (booking.getActivity().getType() == ActivityType.CLINIC) {
            // patients seen one after another through the session: a count only, never who or why
            return Headcount.of(Math.min(2 * capacity, expected + random.nextInt(expected + 1)));
        }
        boolean throughTheDoor = booking.getActivity().getType() == ActivityType.FOOD_BANK;
        int most = throughTheDoor ? 2 * capacity : capacity;
        double share = throughTheDoor ? 0.9 + 0.7 * random.nextDouble() : 0.6 + 0.45 * random.nextDouble();
        int count = Math.max(1, Math.min(most, (int) Math.round(expected * share)));
        double newShare = throughTheDoor ? 0.2 : sessionsBefore == 0 ? 0.25 : 0.05;
        int newCount = Math.min(count, (int) Math.round(count * (newShare + 0.1 * random.nextDouble())));
        Map<String, Integer> byAudience = new TreeMap<>();
        List<String> bands = booking.getAudience().stream()
                .filter(tag -> !tag.equalsIgnoreCase(EVERYONE))
                .sorted()
                .toList();
        if (!bands.isEmpty()) {
            int left = count;
            for (int i = 0; i < bands.size(); i++) {
                int inBand = i == bands.size() - 1 ? left : left / 2;
                byAudience.put(bands.get(i), inBand);
                left -= inBand;
            }
        }
        return new Headcount(count, newCount, byAudience);
    }
}
