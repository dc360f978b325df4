package community.hub.rota.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Finds swaps of shifts: those open from a day on, those a member is in, the one open for a member's place. */
@ApplicationScoped
public class ShiftSwaps {

    /** A swap still waiting: offered, or taken and waiting for staff. */
    public static final List<SwapStatus> OPEN = List.of(SwapStatus.OFFERED, SwapStatus.TAKEN);

    @PersistenceContext
    private EntityManager entityManager;

    /** Swaps in one of the statuses, of shifts from that day on, in shift order. */
    public List<ShiftSwap> inStatusFrom(Collection<SwapStatus> statuses, LocalDate from) {
        return entityManager
                .createNamedQuery("ShiftSwap.open", ShiftSwap.class)
                .setParameter("statuses", statuses)
                .setParameter("from", from)
                .getResultList();
    }

    /** Swaps the member offered or took, of shifts from that day on, whatever their status, in shift order. */
    public List<ShiftSwap> involving(CafeMember member, LocalDate from) {
        return entityManager
                .createNamedQuery("ShiftSwap.involving", ShiftSwap.class)
                .setParameter("member", member)
                .setParameter("from", from)
                .getResultList();
    }

    /** Whether the member has an open swap of their place on the shift. */
    public boolean isOffered(CafeShift shift, CafeMember member) {
        return !entityManager
                .createNamedQuery("ShiftSwap.openFor", ShiftSwap.class)
                .setParameter("shift", shift)
                .setParameter("member", member)
                .setParameter("statuses", OPEN)
                .getResultList()
                .isEmpty();
    }

    public ShiftSwap byId(long id) {
        return entityManager.find(ShiftSwap.class, id);
    }

    /** Keeps a new swap, with the id it gets. */
    public void add(ShiftSwap swap) {
        entityManager.persist(swap);
        entityManager.flush();
    }
}
