package community.hub.attendance;

import community.hub.HubTime;
import community.hub.Refusal;
import community.hub.account.Account;
import community.hub.booking.Booking;
import community.hub.booking.Bookings;
import community.hub.booking.Occurrence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records and reads attendance. Staff record any session's; a tenant only its own organisation's, and to it another
 * organisation's booking is not there (SPEC §3, invariant 5). A refused headcount changes nothing.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    /** How far back the sessions left to record are looked for, unless someone asks from a date. */
    public static final int FOLLOW_UP_WEEKS = 8;

    /** The most sessions a list of sessions shows at once. */
    private static final int MOST_LISTED = 2000;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Bookings bookings;

    @Inject
    private HeldSessions heldSessions;

    @Inject
    private Clock clock;

    /** Records how many came to the booking's date (the date its series gave it, or the date it moved to). */
    public Attendance record(long bookingId, @NotNull LocalDate date, Headcount headcount, @NotNull Account by) {
        Occurrence occurrence = occurrence(bookings.changeableBy(bookingId, by), date);
        Instant now = clock.instant();
        AttendanceRules.check(headcount, occurrence, now);
        Attendance attendance = recorded(occurrence).orElseGet(() -> new Attendance(occurrence));
        attendance.record(headcount, by.getUsername(), now);
        if (attendance.getId() == null) {
            entityManager.persist(attendance);
        }
        return attendance;
    }

    /** Refuses the headcount as {@link #record} would, recording nothing: to check several dates before saving any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void check(long bookingId, @NotNull LocalDate date, Headcount headcount, @NotNull Account by) {
        AttendanceRules.check(headcount, occurrence(bookings.changeableBy(bookingId, by), date), clock.instant());
    }

    /**
     * Records several dates at once, all or none: the first refused refuses them all. Each booking is read once and
     * what was recorded before in one query, so a term's worth costs little more than its inserts.
     */
    public List<Attendance> recordAll(List<DatedHeadcount> headcounts, @NotNull Account by) {
        Instant now = clock.instant();
        Map<Long, Booking> byId = new HashMap<>();
        List<Occurrence> occurrences = headcounts.stream()
                .map(dated -> occurrence(
                        byId.computeIfAbsent(dated.bookingId(), id -> bookings.changeableBy(id, by)), dated.date()))
                .toList();
        Map<Long, Attendance> recorded = new HashMap<>(of(occurrences));
        List<Attendance> saved = new ArrayList<>();
        for (int i = 0; i < occurrences.size(); i++) {
            Occurrence occurrence = occurrences.get(i);
            Headcount headcount = headcounts.get(i).headcount();
            AttendanceRules.check(headcount, occurrence, now);
            Attendance attendance = recorded.computeIfAbsent(occurrence.getId(), id -> new Attendance(occurrence));
            attendance.record(headcount, by.getUsername(), now);
            if (attendance.getId() == null && !entityManager.contains(attendance)) {
                entityManager.persist(attendance);
            }
            saved.add(attendance);
        }
        return saved;
    }

    /** What was recorded for the booking's date; empty when nothing was ("not recorded"). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Attendance> recorded(long bookingId, @NotNull LocalDate date, @NotNull Account by) {
        return recorded(occurrence(bookings.changeableBy(bookingId, by), date));
    }

    /**
     * The sessions the caller may record that took place from {@code from} to now, latest first: staff every one, a
     * tenant its own organisation's.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HeldSession> heldSince(@NotNull LocalDate from, @NotNull Account by) {
        return held(from, null, false, MOST_LISTED, by);
    }

    /** One booking's sessions from {@code from} to now, latest first, when the caller may record them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HeldSession> heldOf(long bookingId, @NotNull LocalDate from, @NotNull Account by) {
        return held(from, bookingId, false, MOST_LISTED, by);
    }

    /** The sessions the caller may record from {@code from} to now that are not recorded, latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HeldSession> notRecordedSince(@NotNull LocalDate from, @NotNull Account by) {
        return held(from, null, true, MOST_LISTED, by);
    }

    /** The latest sessions not recorded since {@code from}, at most {@code limit} (1 to 2,000). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HeldSession> notRecordedSince(@NotNull LocalDate from, int limit, @NotNull Account by) {
        if (limit < 1 || limit > MOST_LISTED) {
            throw Refusal.invalid("limit", "attendance.limit", MOST_LISTED);
        }
        return held(from, null, true, limit, by);
    }

    private List<HeldSession> held(LocalDate from, Long bookingId, boolean notRecordedOnly, int limit, Account by) {
        List<Occurrence> held = heldSessions.find(
                HubTime.instant(from, LocalTime.MIDNIGHT), clock.instant(), bookingId, notRecordedOnly, by, limit);
        Map<Long, Attendance> recorded = of(held);
        return held.stream()
                .map(occurrence -> new HeldSession(occurrence, recorded.get(occurrence.getId())))
                .toList();
    }

    /** What was recorded for each of the occurrences that has something, by occurrence id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Attendance> of(List<Occurrence> occurrences) {
        if (occurrences.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createNamedQuery("Attendance.ofOccurrences", Attendance.class)
                .setParameter("ids", occurrences.stream().map(Occurrence::getId).toList())
                .getResultStream()
                .collect(Collectors.toMap(
                        attendance -> attendance.getOccurrence().getId(), Function.identity()));
    }

    private Optional<Attendance> recorded(Occurrence occurrence) {
        return entityManager
                .createNamedQuery("Attendance.ofOccurrence", Attendance.class)
                .setParameter("occurrence", occurrence)
                .getResultStream()
                .findFirst();
    }

    /** The booking's occurrence named by its series date, else the one held on that date. */
    private static Occurrence occurrence(Booking booking, LocalDate date) {
        List<Occurrence> occurrences = booking.getOccurrences();
        return occurrences.stream()
                .filter(occurrence -> occurrence.getSeriesDate().equals(date))
                .findFirst()
                .or(() -> occurrences.stream()
                        .filter(occurrence -> occurrence.getDate().equals(date))
                        .findFirst())
                .orElseThrow(() -> Refusal.notFound("attendance.noSuchDate", booking.getId(), date));
    }
}
