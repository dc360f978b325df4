package community.hub.rota.store;

import community.hub.rota.RotaWeek;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** Finds the places people hold on open shifts: in a stretch of days, a member's in published weeks, the weeks a member is in. */
@ApplicationScoped
public class HeldPlaces {

    @PersistenceContext
    private EntityManager entityManager;

    /** Every place held on an open shift between the two days, both included, in time order. */
    public List<CafeAssignment> between(LocalDate from, LocalDate to) {
        return entityManager
                .createNamedQuery("CafeAssignment.between", CafeAssignment.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** The member's places on open shifts of published weeks, from that day on, in time order. */
    public List<CafeAssignment> ofMemberPublished(CafeMember member, LocalDate from) {
        return entityManager
                .createNamedQuery("CafeAssignment.ofMemberPublished", CafeAssignment.class)
                .setParameter("member", member)
                .setParameter("from", from)
                .getResultList();
    }

    /** The weeks, earliest first, in which the member has a place on an open shift from that day on. */
    public List<RotaWeek> weeksWithPlacesOf(CafeMember member, LocalDate from) {
        return entityManager
                .createNamedQuery("CafeAssignment.mondaysOfMemberFrom", LocalDate.class)
                .setParameter("member", member)
                .setParameter("from", from)
                .getResultList()
                .stream()
                .map(RotaWeek::containing)
                .toList();
    }
}
