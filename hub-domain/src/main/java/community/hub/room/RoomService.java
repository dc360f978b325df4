package community.hub.room;

import community.hub.Refusal;
import community.hub.changelog.Change;
import community.hub.changelog.ChangeLog;
import community.hub.changelog.ChangedThing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Keeps the hub's rooms: adds, changes, retires and finds them. */
@ApplicationScoped
@Transactional
public class RoomService {

    @Inject
    private ChangeLog changes;

    @PersistenceContext
    private EntityManager entityManager;

    /** Every room, retired ones too, by name. */
    public List<Room> all() {
        return entityManager.createNamedQuery("Room.all", Room.class).getResultList();
    }

    /** The rooms in use, by name. */
    public List<Room> inUse() {
        return entityManager.createNamedQuery("Room.open", Room.class).getResultList();
    }

    public Room byId(long id) {
        Room room = entityManager.find(Room.class, id);
        if (room == null) {
            throw Refusal.notFound("room.notFound", id);
        }
        return room;
    }

    public Room bySlug(String slug) {
        return entityManager
                .createNamedQuery("Room.bySlug", Room.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("room.slugNotFound", slug));
    }

    public Room add(@NotNull @Valid RoomDetails details) {
        refuseDuplicate(details, -1L);
        Room room = new Room(details);
        entityManager.persist(room);
        flushRefusingDuplicates(details);
        changes.record(ChangedThing.ROOM, Change.ADDED, room.getId(), room.getName());
        return room;
    }

    public Room revise(long id, @NotNull @Valid RoomDetails details) {
        Room room = byId(id);
        refuseDuplicate(details, id);
        BigDecimal standardBefore = room.hourlyRate(RateBand.STANDARD);
        BigDecimal communityBefore = room.hourlyRate(RateBand.COMMUNITY);
        room.revise(details);
        flushRefusingDuplicates(details);
        List<String> rates = new ArrayList<>();
        rateChange("standard", standardBefore, room.hourlyRate(RateBand.STANDARD))
                .ifPresent(rates::add);
        rateChange("community", communityBefore, room.hourlyRate(RateBand.COMMUNITY))
                .ifPresent(rates::add);
        changes.record(
                ChangedThing.ROOM,
                Change.CHANGED,
                room.getId(),
                room.getName(),
                rates.isEmpty() ? null : String.join("; ", rates));
        return room;
    }

    /** A rate that changed, old and new, in plain words for the log of changes: "standard rate £20.00 → £25.00 an hour". */
    private static Optional<String> rateChange(String band, BigDecimal before, BigDecimal after) {
        return before.compareTo(after) == 0
                ? Optional.empty()
                : Optional.of(band + " rate \u00a3" + before.setScale(2, RoundingMode.HALF_UP) + " \u2192 \u00a3"
                        + after.setScale(2, RoundingMode.HALF_UP) + " an hour");
    }

    public Room retire(long id) {
        Room room = byId(id);
        room.retire();
        changes.record(ChangedThing.ROOM, Change.RETIRED, room.getId(), room.getName());
        return room;
    }

    public Room reinstate(long id) {
        Room room = byId(id);
        room.reinstate();
        changes.record(ChangedThing.ROOM, Change.REINSTATED, room.getId(), room.getName());
        return room;
    }

    private void refuseDuplicate(RoomDetails details, long id) {
        if (count("slug", details.getSlug(), id) > 0) {
            throw Refusal.conflict("slug", "room.slug.taken", details.getSlug());
        }
        if (count("name", details.getName(), id) > 0) {
            throw Refusal.conflict("name", "room.name.taken", details.getName());
        }
    }

    private long count(String field, String value, long id) {
        return entityManager
                .createQuery(
                        "select count(r) from Room r where lower(r." + field + ") = lower(:value) and r.id <> :id",
                        Long.class)
                .setParameter("value", value.trim())
                .setParameter("id", id)
                .getSingleResult();
    }

    /** Two people adding the same room at once: the database's unique keys decide, and the loser is told plainly. */
    private void flushRefusingDuplicates(RoomDetails details) {
        try {
            entityManager.flush();
        } catch (PersistenceException duplicate) {
            throw Refusal.conflict("slug", "room.duplicate", details.getSlug(), details.getName());
        }
    }
}
