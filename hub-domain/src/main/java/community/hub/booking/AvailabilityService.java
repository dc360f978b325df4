package community.hub.booking;

import community.hub.Refusal;
import community.hub.room.Room;
import community.hub.room.RoomService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Answers "when is this room free?" for anyone, with no private details. One query for what holds the room
 * and one for the closures, whatever the length of the period: only times, titles and visibility are read,
 * never whole bookings with their occurrences and history.
 */
@ApplicationScoped
@Transactional
public class AvailabilityService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private RoomService rooms;

    @Inject
    private DatesHoldingRooms holding;

    @Inject
    private Clock clock;

    /** The room's busy and free times from {@code from} to {@code to} (excluded); a week from today by default. */
    public Availability of(long roomId, LocalDate from, LocalDate to) {
        Availability.Period period = Availability.Period.asked(from, to, LocalDate.now(clock));
        Room room = rooms.byId(roomId);
        if (room.isRetired()) {
            throw Refusal.notFound("booking.roomRetired", room.getName());
        }
        long start = period.startsAt().getEpochSecond();
        long end = period.endsAt().getEpochSecond();
        List<Availability.Held> held =
                holding.heldTimes(room, period.startsAt(), period.endsAt(), AvailabilityService::held);
        List<Closure> closures = entityManager
                .createNamedQuery("Closure.affecting", Closure.class)
                .setParameter("room", room)
                .setParameter("from", start)
                .setParameter("until", end)
                .getResultList();
        return Availability.of(room, period, held, closures);
    }

    /** A row of {@code Occurrence.heldTimes}: start, end plus turnaround, title, visibility, status (as stored). */
    private static Availability.Held held(Object[] row) {
        return Availability.Held.of(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                (String) row[2],
                Visibility.valueOf((String) row[3]),
                BookingStatus.valueOf((String) row[4]));
    }
}
