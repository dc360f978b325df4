package community.hub.attendance;

import community.hub.account.Account;
import community.hub.booking.Booking;
import community.hub.booking.BookingStatus;
import community.hub.booking.Occurrence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the sessions that took place: dates not cancelled, of bookings confirmed, or cancelled after the date was held.
 * Sessions not recorded are picked out in the query itself, before the limit, so a busy hub's latest sessions, all
 * recorded, never hide older ones still to record.
 */
@ApplicationScoped
class HeldSessions {

    @PersistenceContext
    private EntityManager entityManager;

    /** The held dates between the two instants the caller may record, latest first, at most {@code limit}. */
    List<Occurrence> find(Instant from, Instant until, Long bookingId, boolean notRecordedOnly, Account by, int limit) {
        CriteriaBuilder criteria = entityManager.getCriteriaBuilder();
        CriteriaQuery<Occurrence> query = criteria.createQuery(Occurrence.class);
        Root<Occurrence> occurrence = query.from(Occurrence.class);
        Join<Occurrence, Booking> booking = occurrence.join("booking");
        List<Predicate> where = new ArrayList<>();
        where.add(criteria.between(occurrence.<Long>get("startsAt"), from.getEpochSecond(), until.getEpochSecond()));
        where.add(criteria.isFalse(occurrence.get("cancelled")));
        where.add(criteria.or(
                criteria.equal(booking.get("status"), BookingStatus.CONFIRMED),
                criteria.and(
                        criteria.equal(booking.get("status"), BookingStatus.CANCELLED),
                        criteria.lessThan(occurrence.<Long>get("startsAt"), booking.<Long>get("cancelledAt")))));
        if (!by.isStaff()) {
            where.add(criteria.equal(
                    booking.get("organisation").get("id"),
                    by.organisationActedFor()
                            .map(organisation -> organisation.getId())
                            .orElse(-1L)));
        }
        if (bookingId != null) {
            where.add(criteria.equal(booking.get("id"), bookingId));
        }
        if (notRecordedOnly) {
            Subquery<Long> recorded = query.subquery(Long.class);
            Root<Attendance> attendance = recorded.from(Attendance.class);
            recorded.select(attendance.get("id")).where(criteria.equal(attendance.get("occurrence"), occurrence));
            where.add(criteria.not(criteria.exists(recorded)));
        }
        query.select(occurrence)
                .where(where.toArray(Predicate[]::new))
                .orderBy(criteria.desc(occurrence.get("startsAt")));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }
}
