package community.hub.booking;

import community.hub.HubTime;
import community.hub.room.Room;
import community.hub.room.RoomService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Keeps the periods when a room or the whole hub is closed. */
@ApplicationScoped
@Transactional
public class ClosureService {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private RoomService rooms;

    /** Closes one room (by id) or, with no room, the whole hub, for whole days. */
    public Closure close(Long roomId, LocalDate firstDay, LocalDate lastDay, String reason) {
        Room room = roomId == null ? null : rooms.byId(roomId);
        Closure closure = new Closure(room, firstDay, lastDay, reason);
        entityManager.persist(closure);
        return closure;
    }

    /** Every closure touching the days from {@code from} to {@code to}, both included. */
    public List<Closure> between(LocalDate from, LocalDate to) {
        return entityManager.createNamedQuery("Closure.between", Closure.class)
                .setParameter("from", HubTime.instant(from, LocalTime.MIDNIGHT).getEpochSecond())
                .setParameter("until", HubTime.instant(to.plusDays(1), LocalTime.MIDNIGHT).getEpochSecond())
                .getResultList();
    }
}
