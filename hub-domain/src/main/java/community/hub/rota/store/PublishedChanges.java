package community.hub.rota.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds the changes made to published weeks since they were published: of a week, and the places new to a member. */
@ApplicationScoped
public class PublishedChanges {

    private static final String ADDED_SHIFTS_OF_MEMBER = """
            select c.shift.id from StoredChange c
            where c.member = :member and c.kind = community.hub.rota.store.StoredChange.Kind.ADDED""";

    @PersistenceContext
    private EntityManager entityManager;

    /** The week's changes since it was published, oldest first. */
    public List<StoredChange> ofWeek(StoredWeek week) {
        return entityManager
                .createNamedQuery("StoredChange.ofWeek", StoredChange.class)
                .setParameter("week", week)
                .getResultList();
    }

    /** The ids of the shifts on which the member was given a place after their week was published. */
    public Set<Long> shiftsAddedTo(CafeMember member) {
        return new HashSet<>(entityManager
                .createQuery(ADDED_SHIFTS_OF_MEMBER, Long.class)
                .setParameter("member", member)
                .getResultList());
    }

    /** The week as it stands is the published one now: no change since is left. */
    public void forget(StoredWeek week) {
        entityManager
                .createNamedQuery("StoredChange.forget")
                .setParameter("week", week)
                .executeUpdate();
    }

    public void add(StoredChange change) {
        entityManager.persist(change);
    }

    /** A change undone by a later one is no change people need to hear about. */
    public void remove(StoredChange change) {
        entityManager.remove(change);
    }
}
