package community.hub.booking;

import community.hub.HubTime;
import community.hub.Refusal;
import community.hub.RetriedWhenRolledBack;
import community.hub.changelog.Change;
import community.hub.changelog.ChangeLog;
import community.hub.changelog.ChangedThing;
import community.hub.room.Room;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Keeps the periods when a room or the whole hub is closed. Nothing is booked inside a closure (SPEC §3.2): a closure
 * over dates already booked is refused until they are moved or cancelled, checked with the rooms' rows locked as a
 * booking locks them, so a booking and a closure made at the same moment cannot both succeed.
 */
@ApplicationScoped
@Transactional
@RetriedWhenRolledBack
public class ClosureService {

    /** The reason a bank holiday's closure gives (see {@link BankHolidayClosures}). */
    public static final String BANK_HOLIDAY = "Bank holiday: the hub is closed";

    /** The longest reason kept, as the column holds it. */
    static final int REASON_LENGTH = 120;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @Inject
    private ChangeLog changes;

    /**
     * Closes one room (by id) or, with no room, the whole hub, for whole days. Refused over dates already booked, with
     * a {@link ClosureRefusal} listing every one of them.
     */
    public Closure close(Long roomId, LocalDate firstDay, LocalDate lastDay, String reason) {
        if (firstDay == null) {
            throw Refusal.invalid("firstDay", "closure.firstDayRequired");
        }
        if (lastDay == null) {
            throw Refusal.invalid("lastDay", "closure.lastDayRequired");
        }
        if (reason == null || reason.isBlank() || reason.trim().length() > REASON_LENGTH) {
            throw Refusal.invalid("reason", "closure.reasonRequired", REASON_LENGTH);
        }
        if (!HubTime.sensible(firstDay) || !HubTime.sensible(lastDay) || lastDay.isAfter(firstDay.plusYears(1))) {
            throw Refusal.invalid("lastDay", "closure.tooLong");
        }
        Room room = roomId == null ? null : lockedRoom(roomId);
        if (room == null) {
            lockEveryRoom();
        }
        Closure closure = new Closure(room, firstDay, lastDay, reason.trim());
        TypedQuery<Occurrence> query = entityManager
                .createQuery(
                        "select o from Occurrence o join fetch o.booking "
                                + "where o.holdsRoom = true and o.startsAt < :until and o.endsAt > :from"
                                + (room == null ? "" : " and o.room = :room")
                                + " order by o.startsAt",
                        Occurrence.class)
                .setParameter("from", closure.startsAt().getEpochSecond())
                .setParameter("until", closure.endsAt().getEpochSecond());
        if (room != null) {
            query.setParameter("room", room);
        }
        List<Occurrence> booked = query.getResultList();
        if (!booked.isEmpty()) {
            throw new ClosureRefusal(
                    booked.stream().map(ClosureRefusal.BookedDate::of).toList());
        }
        entityManager.persist(closure);
        entityManager.flush();
        changes.record(
                ChangedThing.CLOSURE,
                Change.CLOSED,
                closure.getId(),
                closure.isWholeHub() ? null : closure.getRoom().getName(),
                days(closure));
        return closure;
    }

    /**
     * Closes the whole hub on a bank holiday, unless a closure of the whole hub covers the day already or the hub
     * manager opened it: checked with every room locked, so instances starting together close it once. Refused, as any
     * closure, over dates already booked.
     */
    public boolean closeForBankHoliday(LocalDate day) {
        lockEveryRoom();
        boolean closed = between(day, day).stream().anyMatch(closure -> closure.isWholeHub() && closure.covers(day));
        if (closed || entityManager.find(BankHolidayKeptOpen.class, day) != null) {
            return false;
        }
        close(null, day, day, BANK_HOLIDAY);
        return true;
    }

    /**
     * Opens again what a closure closed: the closure goes, and its days can be booked. A bank holiday the whole hub
     * opens on stays open: it is not closed again automatically.
     */
    public Closure reopen(long id) {
        Closure closure = byId(id);
        entityManager.remove(closure);
        changes.record(
                ChangedThing.CLOSURE,
                Change.REOPENED,
                closure.getId(),
                closure.isWholeHub() ? null : closure.getRoom().getName(),
                days(closure));
        if (closure.isWholeHub()) {
            BankHolidays.between(closure.getFirstDay(), closure.getLastDay()).stream()
                    .filter(day -> entityManager.find(BankHolidayKeptOpen.class, day) == null)
                    .forEach(day -> entityManager.persist(new BankHolidayKeptOpen(day)));
        }
        return closure;
    }

    /** One closure, to look at before opening it again. */
    public Closure byId(long id) {
        Closure closure = entityManager.find(Closure.class, id);
        if (closure == null) {
            throw Refusal.notFound("closure.notFound", id);
        }
        return closure;
    }

    /** The closures not over yet: those on today and those to come, soonest first. */
    public List<Closure> current() {
        return entityManager
                .createNamedQuery("Closure.endingAfter", Closure.class)
                .setParameter("from", startOfToday())
                .getResultList();
    }

    /** The closures over before today, the latest first. */
    public List<Closure> past() {
        return entityManager
                .createNamedQuery("Closure.endedBy", Closure.class)
                .setParameter("from", startOfToday())
                .getResultList();
    }

    private long startOfToday() {
        return HubTime.instant(LocalDate.now(clock), LocalTime.MIDNIGHT).getEpochSecond();
    }

    /** Every closure touching the days from {@code from} to {@code to}, both included. */
    public List<Closure> between(LocalDate from, LocalDate to) {
        return entityManager
                .createNamedQuery("Closure.between", Closure.class)
                .setParameter("from", HubTime.instant(from, LocalTime.MIDNIGHT).getEpochSecond())
                .setParameter(
                        "until",
                        HubTime.instant(to.plusDays(1), LocalTime.MIDNIGHT).getEpochSecond())
                .getResultList();
    }

    private Room lockedRoom(long id) {
        Room room = entityManager.find(Room.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (room == null) {
            throw Refusal.invalid("roomId", "booking.unknownRoom", id);
        }
        return room;
    }

    /** Locks every room's row in id order, the order bookings lock them in, so neither waits on the other for ever. */
    private void lockEveryRoom() {
        entityManager
                .createQuery("select r.id from Room r order by r.id", Long.class)
                .getResultList()
                .forEach(id -> entityManager.find(Room.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A closure's days and reason, as the log of changes shows them. */
    private static String days(Closure closure) {
        return closure.getFirstDay()
                + (closure.getLastDay().equals(closure.getFirstDay()) ? "" : " – " + closure.getLastDay()) + ": "
                + closure.getReason();
    }
}
