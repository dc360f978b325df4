package community.hub.rota.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Finds the open places people gave up by leaving the team: of a week, of a member. */
@ApplicationScoped
public class LeftPlaces {

    @PersistenceContext
    private EntityManager entityManager;

    /** The places given up in the week, in the order they were given up. */
    public List<LeftPlace> ofWeek(StoredWeek week) {
        return entityManager
                .createNamedQuery("LeftPlace.ofWeek", LeftPlace.class)
                .setParameter("week", week)
                .getResultList();
    }

    public List<LeftPlace> ofMember(CafeMember member) {
        return entityManager
                .createNamedQuery("LeftPlace.ofMember", LeftPlace.class)
                .setParameter("member", member)
                .getResultList();
    }

    public void add(LeftPlace left) {
        entityManager.persist(left);
    }

    /** Someone holds the place again, or the one who left came back: it no longer says who left it. */
    public void remove(LeftPlace left) {
        entityManager.remove(left);
    }
}
