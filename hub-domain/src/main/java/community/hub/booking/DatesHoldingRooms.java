package community.hub.booking;

import community.hub.organisation.Organisation;
import community.hub.room.Room;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The dates (occurrences) that hold rooms: confirmed, or requested and waiting for a decision, and not called off.
 * Found by room and period for the clash check, across rooms for the day's views, and the public ones for what's on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DatesHoldingRooms {

    private static final String HOLDING_BETWEEN = "select o from Occurrence o where o.holdsRoom = true "
            + "and o.startsAt < :until and o.endsAt > :from order by o.startsAt";

    private static final String PUBLIC_BETWEEN = "select o from Occurrence o where o.holdsRoom = true "
            + "and o.startsAt < :until and o.endsAt > :from and o.booking.activity.visibility = :public "
            + "and o.booking.status = :confirmed order by o.startsAt";

    private static final String UPCOMING_OF =
            "select o from Occurrence o where o.holdsRoom = true and o.endsAt > :from "
                    + "and o.booking.organisation = :organisation order by o.startsAt";

    @PersistenceContext
    private EntityManager entityManager;

    /** What holds the room at some moment from {@code from} until {@code until}, counting each one's turnaround. */
    public List<Occurrence> holding(Room room, Instant from, Instant until) {
        return entityManager
                .createNamedQuery("Occurrence.holding", Occurrence.class)
                .setParameter(1, room.getId())
                .setParameter(2, Occurrence.earliestStartHolding(from))
                .setParameter(3, until.getEpochSecond())
                .setParameter(4, from.getEpochSecond())
                .getResultList();
    }

    /**
     * The times the room is held from {@code from} until {@code until}, as the availability shows them: each row is
     * start, end plus turnaround, title, visibility and status, as stored, read for one row at a time by {@code row}.
     */
    public <T> List<T> heldTimes(Room room, Instant from, Instant until, Function<Object[], T> row) {
        return entityManager
                .createNamedQuery("Occurrence.heldTimes", Object[].class)
                .setParameter(1, room.getId())
                .setParameter(2, Occurrence.earliestStartHolding(from))
                .setParameter(3, until.getEpochSecond())
                .setParameter(4, from.getEpochSecond())
                .getResultStream()
                .map(row)
                .toList();
    }

    /** Every date holding a room between two instants, across all rooms, in time order: for staff views of the day. */
    public List<Occurrence> between(Instant from, Instant until) {
        return entityManager
                .createQuery(HOLDING_BETWEEN, Occurrence.class)
                .setParameter("from", from.getEpochSecond())
                .setParameter("until", until.getEpochSecond())
                .getResultList();
    }

    /** Public, confirmed dates between two instants, in time order: what's on. */
    public List<Occurrence> publicBetween(Instant from, Instant until) {
        return entityManager
                .createQuery(PUBLIC_BETWEEN, Occurrence.class)
                .setParameter("from", from.getEpochSecond())
                .setParameter("until", until.getEpochSecond())
                .setParameter("public", Visibility.PUBLIC)
                .setParameter("confirmed", BookingStatus.CONFIRMED)
                .getResultList();
    }

    /** An organisation's next dates holding rooms (confirmed or waiting for a decision), soonest first. */
    public List<Occurrence> upcomingOf(@NotNull Organisation organisation, Instant from, int most) {
        return entityManager
                .createQuery(UPCOMING_OF, Occurrence.class)
                .setParameter("from", from.getEpochSecond())
                .setParameter("organisation", organisation)
                .setMaxResults(most)
                .getResultList();
    }
}
