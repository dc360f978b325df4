package community.hub.report;

import community.hub.booking.ActivityType;
import community.hub.booking.BookingStatus;
import community.hub.organisation.OrganisationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sessions of a period that took place or stand: dates not called off, of bookings confirmed, or called off
 * after the date began. Requests never approved were never use. Read as plain rows in two queries, however long the
 * period, with what was recorded of who came.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UsedSessions {

    @PersistenceContext
    private EntityManager entityManager;

    public List<UsedSession> between(ReportPeriod period, Instant now) {
        Map<Long, Object[]> recorded = new HashMap<>();
        entityManager
                .createQuery(
                        "select a.occurrence.id, a.count, a.newCount from Attendance a "
                                + "where a.occurrence.date between :from and :to",
                        Object[].class)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultStream()
                .forEach(row -> recorded.put((Long) row[0], row));
        return entityManager
                .createQuery(
                        "select o.id, o.room.id, b.activity.type, org.id, org.type, o.date, o.startsAt, o.endsAt, b.id "
                                + "from Occurrence o join o.booking b left join b.organisation org "
                                + "where o.date between :from and :to and o.cancelled = :notCancelled "
                                + "and (b.status = :confirmed or (b.status = :cancelled and o.startsAt < b.cancelledAt))",
                        Object[].class)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("cancelled", BookingStatus.CANCELLED)
                .setParameter("notCancelled", false)
                .getResultStream()
                .map(row -> {
                    Object[] attendance = recorded.get((Long) row[0]);
                    long startsAt = (Long) row[6];
                    return new UsedSession(
                            (Long) row[8],
                            (Long) row[1],
                            (ActivityType) row[2],
                            (Long) row[3],
                            (OrganisationType) row[4],
                            (LocalDate) row[5],
                            ((Long) row[7] - startsAt) / 60,
                            startsAt <= now.getEpochSecond(),
                            attendance == null ? null : (Integer) attendance[1],
                            attendance == null ? null : (Integer) attendance[2]);
                })
                .toList();
    }
}
