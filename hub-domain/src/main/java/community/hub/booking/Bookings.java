package community.hub.booking;

import community.hub.Refusal;
import community.hub.account.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bookings the hub keeps, found by what people look for: one that the caller may see or change, those in a
 * period or matching a list's filter, those a calendar feed holds, and requests waiting for a decision. What a caller
 * may see is {@link BookingAccess}'s to say; the queries here say the same in the database's terms.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Bookings {

    private static final String WAITING = "select b from Booking b where b.status = :pending order by b.createdAt";

    private static final String WAITING_IN_MONTH = "select distinct b from Occurrence o join o.booking b "
            + "where b.organisation.id = :organisation and b.status = :pending and o.cancelled = false "
            + "and o.date >= :first and o.date <= :last";

    private static final String NEWEST_CHANGE = "select max(b.updatedAt) from Booking b";

    private static final String CHANGE_TIMES = "select b.id, b.updatedAt from Booking b where b.id in :ids";

    private static final int LOOKED_UP_AT_ONCE = 250;

    /** A list shows at most this many bookings at once. */
    private static final int MOST_LISTED = 1000;

    @PersistenceContext
    private EntityManager entityManager;

    public void add(Booking booking) {
        entityManager.persist(booking);
    }

    /** A request that has done its work (the move it asked for is made) goes. */
    public void remove(Booking request) {
        entityManager.remove(request);
    }

    /** A booking the caller may see (see {@link BookingAccess#maySee}); to anyone else it is "not found". */
    public Booking visibleTo(long id, @NotNull Account by) {
        Booking booking = entityManager.find(Booking.class, id);
        if (booking == null || !BookingAccess.maySee(by, booking)) {
            throw Refusal.notFound("booking.notFound", id);
        }
        return booking;
    }

    /** A booking the caller may change (see {@link BookingAccess#mayChange}); to anyone else it is "not found". */
    public Booking changeableBy(long id, @NotNull Account by) {
        Booking booking = visibleTo(id, by);
        if (!BookingAccess.mayChange(by, booking)) {
            throw Refusal.notFound("booking.notFound", id);
        }
        return booking;
    }

    /** A request the caller may decide: only staff decide, and to anyone else a request to decide is not there. */
    public Booking decidableBy(long id, @NotNull Account by) {
        if (!by.isStaff()) {
            throw Refusal.notFound("booking.notFound", id);
        }
        return visibleTo(id, by);
    }

    /** The bookings the caller may see with an occurrence in the period, optionally in one room or for one organisation. */
    public List<Booking> visibleBetween(
            Instant from, Instant until, Long roomId, Long organisationId, @NotNull Account by) {
        CriteriaBuilder criteria = entityManager.getCriteriaBuilder();
        CriteriaQuery<Booking> query = criteria.createQuery(Booking.class);
        Root<Booking> booking = query.from(Booking.class);
        Join<Booking, Occurrence> occurrence = booking.join("occurrences");
        List<Predicate> where = new ArrayList<>();
        where.add(criteria.lessThan(occurrence.get("startsAt"), until.getEpochSecond()));
        where.add(criteria.greaterThan(occurrence.get("endsAt"), from.getEpochSecond()));
        if (roomId != null) {
            where.add(criteria.equal(occurrence.get("room").get("id"), roomId));
        }
        if (organisationId != null) {
            where.add(criteria.equal(booking.get("organisation").get("id"), organisationId));
        }
        if (!by.isStaff()) {
            where.add(criteria.or(
                    criteria.equal(booking.get("organisation"), by.getOrganisation()),
                    criteria.and(
                            criteria.equal(booking.get("activity").get("visibility"), Visibility.PUBLIC),
                            booking.get("status").in(BookingAccess.SHOWN_TO_OTHERS),
                            criteria.isTrue(booking.get("confirmedOnce")))));
        }
        query.select(booking).distinct(true).where(where.toArray(Predicate[]::new));
        return entityManager.createQuery(query).setMaxResults(MOST_LISTED).getResultList();
    }

    /** One page of the bookings the caller's list shows that match the filter, soonest first. */
    public List<Booking> matching(BookingFilter filter, int first, int size, @NotNull Account by) {
        CriteriaBuilder criteria = entityManager.getCriteriaBuilder();
        CriteriaQuery<Booking> query = criteria.createQuery(Booking.class);
        Root<Booking> booking = query.from(Booking.class);
        query.select(booking)
                .where(matching(criteria, query, booking, filter, by))
                .orderBy(
                        criteria.asc(booking.get("series").get("firstDate")),
                        criteria.asc(booking.get("series").get("startTime")),
                        criteria.asc(booking.get("id")));
        return entityManager
                .createQuery(query)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /** How many bookings the caller's list shows match the filter. */
    public long countMatching(BookingFilter filter, @NotNull Account by) {
        CriteriaBuilder criteria = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = criteria.createQuery(Long.class);
        Root<Booking> booking = query.from(Booking.class);
        query.select(criteria.count(booking)).where(matching(criteria, query, booking, filter, by));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** A list of bookings shows staff every one, and a tenant its own organisation's. */
    private static Predicate[] matching(
            CriteriaBuilder criteria, AbstractQuery<?> query, Root<Booking> booking, BookingFilter filter, Account by) {
        List<Predicate> where = new ArrayList<>();
        if (filter.getRoomId() != null) {
            where.add(criteria.equal(booking.get("room").get("id"), filter.getRoomId()));
        }
        if (filter.getOrganisationId() != null) {
            where.add(criteria.equal(booking.get("organisation").get("id"), filter.getOrganisationId()));
        }
        if (filter.getType() != null) {
            where.add(criteria.equal(booking.get("activity").get("type"), filter.getType()));
        }
        if (filter.getStatus() != null) {
            where.add(criteria.equal(booking.get("status"), filter.getStatus()));
        }
        if (filter.getFrom() != null || filter.getTo() != null) {
            Subquery<Long> dates = query.subquery(Long.class);
            Root<Occurrence> occurrence = dates.from(Occurrence.class);
            dates.select(occurrence.get("id"))
                    .where(
                            criteria.equal(occurrence.get("booking"), booking),
                            criteria.between(
                                    occurrence.get("date"),
                                    filter.getFrom() == null ? LocalDate.of(2000, 1, 1) : filter.getFrom(),
                                    filter.getTo() == null ? LocalDate.of(2999, 12, 31) : filter.getTo()));
            where.add(criteria.exists(dates));
        }
        if (!by.isStaff()) {
            where.add(criteria.equal(booking.get("organisation"), by.getOrganisation()));
        }
        return where.toArray(Predicate[]::new);
    }

    /**
     * The bookings a calendar feed may hold: those with a date ending after {@code since}, in one room or for one
     * organisation or (with neither) all of them, public ones only if asked. The feed decides what to show of each.
     */
    public List<Booking> forCalendar(Long roomId, Long organisationId, boolean publicOnly, Instant since) {
        return forCalendar(roomId, organisationId, publicOnly, since, null);
    }

    /** Those of {@link #forCalendar} changed after a moment: what a feed built before then lacks. */
    public List<Booking> forCalendarChangedAfter(
            Long roomId, Long organisationId, boolean publicOnly, Instant since, @NotNull Instant changedAfter) {
        return forCalendar(roomId, organisationId, publicOnly, since, changedAfter);
    }

    private List<Booking> forCalendar(
            Long roomId, Long organisationId, boolean publicOnly, Instant since, Instant changedAfter) {
        CriteriaBuilder criteria = entityManager.getCriteriaBuilder();
        CriteriaQuery<Booking> query = criteria.createQuery(Booking.class);
        Root<Booking> booking = query.from(Booking.class);
        Subquery<Long> later = query.subquery(Long.class);
        Root<Occurrence> occurrence = later.from(Occurrence.class);
        later.select(occurrence.get("id"))
                .where(
                        criteria.equal(occurrence.get("booking"), booking),
                        criteria.greaterThan(occurrence.get("endsAt"), since.getEpochSecond()));
        List<Predicate> where = new ArrayList<>();
        where.add(criteria.exists(later));
        if (roomId != null) {
            where.add(criteria.equal(booking.get("room").get("id"), roomId));
        }
        if (organisationId != null) {
            where.add(criteria.equal(booking.get("organisation").get("id"), organisationId));
        }
        if (publicOnly) {
            where.add(criteria.equal(booking.get("activity").get("visibility"), Visibility.PUBLIC));
        }
        if (changedAfter != null) {
            where.add(criteria.greaterThan(booking.get("updatedAt"), changedAfter.toEpochMilli()));
        }
        query.select(booking).where(where.toArray(Predicate[]::new));
        return entityManager.createQuery(query).getResultList();
    }

    /**
     * Whether {@link #forCalendar} would find this booking, said of the booking in hand: its own room and
     * organisation, public if asked, and a date ending after {@code since}.
     */
    public static boolean forCalendar(
            Booking booking, Long roomId, Long organisationId, boolean publicOnly, Instant since) {
        return (roomId == null || roomId.equals(booking.getRoom().getId()))
                && (organisationId == null
                        || booking.getOrganisation() != null
                                && organisationId.equals(
                                        booking.getOrganisation().getId()))
                && (!publicOnly || booking.getActivity().getVisibility() == Visibility.PUBLIC)
                && booking.getOccurrences().stream()
                        .anyMatch(date -> date.endsAt().getEpochSecond() > since.getEpochSecond());
    }

    /**
     * When each of these bookings last changed (epoch milliseconds), by id; a booking no longer kept is not in the
     * answer. Asked a few hundred at a time, each time in the same words, so the database compiles the query once.
     */
    public Map<Long, Long> changeTimes(@NotNull List<Long> ids) {
        Map<Long, Long> times = new HashMap<>();
        for (int from = 0; from < ids.size(); from += LOOKED_UP_AT_ONCE) {
            List<Long> some = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + LOOKED_UP_AT_ONCE)));
            while (some.size() < LOOKED_UP_AT_ONCE) {
                some.add(some.get(0));
            }
            entityManager
                    .createQuery(CHANGE_TIMES, Object[].class)
                    .setParameter("ids", some)
                    .getResultList()
                    .forEach(row -> times.put((Long) row[0], (Long) row[1]));
        }
        return times;
    }

    /**
     * When a booking last changed, of all of them (epoch milliseconds; 0 when there are none): a feed built before
     * then may be out of date. One look at the change-time index, however many bookings there are.
     */
    public long newestChange() {
        Long newest = entityManager.createQuery(NEWEST_CHANGE, Long.class).getSingleResult();
        return newest == null ? 0 : newest;
    }

    /** Requests waiting for staff to decide, oldest first. */
    public List<Booking> waitingForDecision() {
        return entityManager
                .createQuery(WAITING, Booking.class)
                .setParameter("pending", BookingStatus.PENDING)
                .getResultList();
    }

    /** An organisation's requests waiting for a decision with a date in the month that was not called off. */
    public List<Booking> waitingForDecision(long organisationId, YearMonth month) {
        return entityManager
                .createQuery(WAITING_IN_MONTH, Booking.class)
                .setParameter("organisation", organisationId)
                .setParameter("pending", BookingStatus.PENDING)
                .setParameter("first", month.atDay(1))
                .setParameter("last", month.atEndOfMonth())
                .getResultList();
    }
}
