package community.hub.rota.store;

import community.hub.Refusal;
import community.hub.rota.RotaWeek;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Finds the stored weeks of the rota: by which week they are, by id, and the week a swap is in. Locking a week's row
 * is the one place changes to a week queue up; it stays locked until the transaction ends.
 */
@ApplicationScoped
public class RotaWeeks {

    @PersistenceContext
    private EntityManager entityManager;

    /** The stored week's id, if anyone needed the week before. */
    public Optional<Long> idOf(RotaWeek week) {
        return entityManager
                .createQuery("select w.id from StoredWeek w where w.monday = :monday", Long.class)
                .setParameter("monday", week.getMonday())
                .getResultStream()
                .findFirst();
    }

    /** The week with its shifts and who holds their places. */
    public StoredWeek load(long id) {
        return entityManager.find(StoredWeek.class, id);
    }

    /** The week as {@link #load} gives it, its row locked until the transaction ends. */
    public StoredWeek lock(long id) {
        return entityManager.find(StoredWeek.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The id of the week the swap's shift is in; "not found" for no such swap. */
    public long weekIdOfSwap(long swapId) {
        return entityManager
                .createQuery("select s.shift.week.id from ShiftSwap s where s.id = :id", Long.class)
                .setParameter("id", swapId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("rota.swap.notFound", swapId));
    }

    /** Keeps a week made now, with the id it gets. */
    public void add(StoredWeek made) {
        entityManager.persist(made);
        entityManager.flush();
    }

    /** Keeps a shift added to a week already kept. */
    public void addShift(StoredWeek week, CafeShift added) {
        entityManager.persist(added);
        week.add(added);
    }

    /** Writes what changed so far, so the queries that follow see it. */
    public void flush() {
        entityManager.flush();
    }
}
